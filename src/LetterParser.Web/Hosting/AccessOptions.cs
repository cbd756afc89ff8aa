namespace LetterParser.Web.Hosting;

/// <summary>Who the service is run for: configuration <c>Access:Mode</c> (<c>Access__Mode</c>).</summary>
public enum AccessMode
{
    /// <summary>The default, and the only choice for Docker, compose and split roles: batches need a clinic key.</summary>
    Server,

    /// <summary>
    /// One person on their own machine (<c>./run.sh</c> sets it): batches need no key. It is a setting, never inferred
    /// from the caller's address, and the service says so in its log at start-up.
    /// </summary>
    Personal,
}

/// <summary>Configuration section <c>Access</c>: the access model described in docs/security.md.</summary>
public sealed class AccessOptions
{
    public AccessMode Mode { get; set; } = AccessMode.Server;

    /// <summary>The password that opens the Hangfire dashboard (HTTP basic authentication, any user name); none keeps it closed.</summary>
    public string? OperatorKey { get; set; }

    /// <summary>Reverse proxies whose <c>X-Forwarded-For</c> and <c>X-Forwarded-Proto</c> are believed (addresses).</summary>
    public string[] KnownProxies { get; set; } = [];

    /// <summary>The same, as networks in CIDR notation (e.g. <c>10.0.0.0/8</c>).</summary>
    public string[] KnownNetworks { get; set; } = [];

    public bool IsPersonal => Mode == AccessMode.Personal;
}
