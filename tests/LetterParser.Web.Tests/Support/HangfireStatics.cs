using System.Runtime.CompilerServices;
using Hangfire.PostgreSql;

namespace LetterParser.Web.Tests.Support;

/// <summary>
/// Hangfire.PostgreSql's schema installer takes a logger from Hangfire's process-wide log provider in its static
/// constructor. Every test host points that provider at its own logger factory and disposes the factory when it
/// stops, so an installer first touched after some host stopped would fail for the rest of the run. A real process
/// has one host and never meets this; the tests initialise the installer before any host exists.
/// </summary>
internal static class HangfireStatics
{
    [ModuleInitializer]
    internal static void InitialiseBeforeAnyHost() =>
        RuntimeHelpers.RunClassConstructor(typeof(PostgreSqlObjectsInstaller).TypeHandle);
}
