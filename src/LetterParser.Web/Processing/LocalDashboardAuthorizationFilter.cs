using Hangfire.Dashboard;
using LetterParser.Web.Hosting;

namespace LetterParser.Web.Processing;

/// <summary>
/// The Hangfire dashboard shows job arguments and lets one delete or requeue jobs, so it answers loopback
/// requests only, unless an operator sets <c>Hangfire:Dashboard:AllowRemote</c> (e.g. behind their own auth proxy).
/// </summary>
public sealed class LocalDashboardAuthorizationFilter(bool allowRemote) : IDashboardAuthorizationFilter
{
    public bool Authorize(DashboardContext context) =>
        allowRemote || RequestAccess.IsLoopback(context.GetHttpContext());
}
