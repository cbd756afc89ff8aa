using LetterParser.Web.Batches;
using LetterParser.Web.Hosting;
using LetterParser.Web.Intake;
using LetterParser.Web.Letters;
using LetterParser.Web.Processing;
using LetterParser.Web.Storage;

if (Roles.RunWorkerIfAsked(args)) return;
var builder = WebApplication.CreateBuilder(args);

builder.AddWebHost();
builder.AddAccess();
builder.AddLetterStorage();
builder.AddLetterProcessing();
builder.AddLetterIntake();
builder.AddBatches();

var app = builder.Build();

app.UseWebHost();
app.MapLettersApi();
app.MapReportExports();
app.MapBatchesApi();
app.MapLetterProcessing();

app.Run();

/// <summary>Visible to WebApplicationFactory in the tests.</summary>
public partial class Program;
