// Web throughput: letters per second through the HTTP API for one batch, and the median time from upload
// to finished report for single letters. Talks to a running service (see run.sh beside this file).
//   dotnet run bench/web-throughput/WebThroughput.cs -- BASE_URL LETTER.pdf [BATCH_SIZE] [SINGLE_RUNS] [SERVER_PID]
// With the server's process id it also reports the server's CPU time per letter, which on a shared, busy machine
// says more than wall time: letters/s on N idle cores is at most N / (CPU seconds per letter).
using System.Diagnostics;
using System.IO.Compression;
using System.Net.Http.Headers;
using System.Text.Json;

var baseUrl = args.Length > 0 ? args[0] : "http://127.0.0.1:5080";
var letterPath = args.Length > 1 ? args[1] : "samples/digital/en-nested-2024.pdf";
var batchSize = args.Length > 2 ? int.Parse(args[2]) : 1000;
var singleRuns = args.Length > 3 ? int.Parse(args[3]) : 50;
var serverPid = args.Length > 4 ? int.Parse(args[4]) : (int?)null;
var letter = File.ReadAllBytes(letterPath);
using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(5) };
if (Environment.GetEnvironmentVariable("LETTERPARSER_API_KEY") is { Length: > 0 } key)
    http.DefaultRequestHeaders.Add("X-Api-Key", key);

// Warm up: the first requests JIT the endpoints, the job and the pipeline.
for (var i = 0; i < 5; i++)
    await UploadAndWaitAsync();

// 1. Median upload-to-report time for one letter at a time.
var times = new List<double>();
for (var i = 0; i < singleRuns; i++)
    times.Add(await UploadAndWaitAsync());
times.Sort();
Console.WriteLine($"single letter, upload to finished report over {singleRuns} runs: median {times[times.Count / 2]:F1} ms, " +
    $"p90 {times[(int)(times.Count * 0.9)]:F1} ms, min {times[0]:F1} ms");

// 2. One batch of copies of the letter, as a zip: from the start of the upload to the last report.
using var zipBuffer = new MemoryStream();
using (var zip = new ZipArchive(zipBuffer, ZipArchiveMode.Create, leaveOpen: true))
{
    for (var i = 0; i < batchSize; i++)
    {
        // Stored, not deflated: PDFs barely compress and the benchmark is about the service, not zlib.
        using var entry = zip.CreateEntry($"letter-{i:D4}.pdf", CompressionLevel.NoCompression).Open();
        entry.Write(letter);
    }
}
var cpuBefore = ServerCpuSeconds();
var clock = Stopwatch.StartNew();
using var form = new MultipartFormDataContent();
var part = new ByteArrayContent(zipBuffer.ToArray());
part.Headers.ContentType = new MediaTypeHeaderValue("application/zip");
form.Add(part, "file", "letters.zip");
var accepted = await ReadJsonAsync(await http.PostAsync("/api/batches", form));
var uploaded = clock.Elapsed.TotalSeconds;
var batchId = accepted.GetProperty("id").GetString()!;
// Each letter opens only through its own secret link (or the batch's key): poll the link the service returned.
var lastLetter = accepted.GetProperty("letters").EnumerateArray().Last().GetProperty("statusUrl").GetString()!;
// Polling the whole batch reads every report, so wait on the last letter first, then confirm on the batch.
while (!IsFinished(await ReadJsonAsync(await http.GetAsync(lastLetter))))
    await Task.Delay(20);
JsonElement batch;
while (!(batch = await ReadJsonAsync(await http.GetAsync($"/api/batches/{batchId}"))).GetProperty("complete").GetBoolean())
    await Task.Delay(20);
var total = clock.Elapsed.TotalSeconds;
var counts = batch.GetProperty("counts");
Console.WriteLine($"batch of {batchSize}: upload {uploaded:F2} s, all reports after {total:F2} s: {batchSize / total:F1} letters/s " +
    $"(completed {counts.GetProperty("completed").GetInt32()}, failed {counts.GetProperty("failed").GetInt32()}) on {Environment.ProcessorCount} cores, " +
    $"load average {File.ReadAllText("/proc/loadavg").Split(' ')[0]}");
if (serverPid is not null)
{
    var cpu = ServerCpuSeconds() - cpuBefore;
    Console.WriteLine($"server CPU for the batch: {cpu:F2} s = {cpu * 1000 / batchSize:F2} ms per letter, " +
        $"so at most {Environment.ProcessorCount * batchSize / cpu:F0} letters/s on {Environment.ProcessorCount} idle cores");
}

double ServerCpuSeconds()
{
    if (serverPid is null)
        return 0;
    // The letters are read by reader child processes, so the server's CPU is its own, its reaped children's, and
    // that of the children still running. /proc/PID/stat after the parenthesised name: field 2 is the parent,
    // 12-13 user and system time, 14-15 those of reaped children, in clock ticks (100/s).
    var ticks = 0L;
    foreach (var dir in Directory.EnumerateDirectories("/proc"))
    {
        if (!int.TryParse(Path.GetFileName(dir), out var pid))
            continue;
        string stat;
        try { stat = File.ReadAllText($"{dir}/stat"); }
        catch (IOException) { continue; }
        var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
        if (pid == serverPid)
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]) + long.Parse(fields[13]) + long.Parse(fields[14]);
        else if (int.Parse(fields[1]) == serverPid)
            ticks += long.Parse(fields[11]) + long.Parse(fields[12]);
    }
    return ticks / 100.0;
}

async Task<double> UploadAndWaitAsync()
{
    var started = Stopwatch.GetTimestamp();
    using var single = new MultipartFormDataContent();
    var file = new ByteArrayContent(letter);
    file.Headers.ContentType = new MediaTypeHeaderValue("application/pdf");
    single.Add(file, "file", Path.GetFileName(letterPath));
    // The bare /api/letters/{id} is not enough in server mode: the status link carries the letter's secret.
    var statusUrl = (await ReadJsonAsync(await http.PostAsync("/api/letters", single))).GetProperty("statusUrl").GetString()!;
    JsonElement status;
    while (!IsFinished(status = await ReadJsonAsync(await http.GetAsync(statusUrl))))
        await Task.Delay(2);
    if (status.GetProperty("status").GetString() != "completed")
        throw new InvalidOperationException($"The letter failed: {status}");
    var elapsed = Stopwatch.GetElapsedTime(started).TotalMilliseconds;
    await http.DeleteAsync(statusUrl);
    return elapsed;
}

static bool IsFinished(JsonElement status) => status.GetProperty("status").GetString() is "completed" or "failed";

static async Task<JsonElement> ReadJsonAsync(HttpResponseMessage response)
{
    response.EnsureSuccessStatusCode();
    return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
}
