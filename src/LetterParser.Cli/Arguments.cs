using System.Globalization;

namespace LetterParser.Cli;

/// <summary>The command line was wrong; the message says how, and the command exits with <see cref="ExitCodes.Usage"/>.</summary>
internal sealed class UsageException(string message) : Exception(message);

/// <summary>
/// A command's arguments after the command name: positionals plus <c>--name value</c> / <c>--name=value</c> options.
/// Hand-rolled because the CLI has two commands and a handful of options; a parser package would be most of the binary.
/// </summary>
internal sealed class Arguments
{
    private readonly Dictionary<string, string> _options = new(StringComparer.Ordinal);

    public List<string> Positionals { get; } = [];

    public bool Help { get; private set; }

    /// <param name="valueOptions">option names (without "--") that take a value; anything else is an unknown option.</param>
    public static Arguments Parse(IEnumerable<string> args, IReadOnlySet<string> valueOptions)
    {
        var result = new Arguments();
        using var e = args.GetEnumerator();
        var onlyPositionals = false;
        while (e.MoveNext())
        {
            var arg = e.Current;
            if (onlyPositionals || !arg.StartsWith('-') || arg == "-")
            {
                result.Positionals.Add(arg);
                continue;
            }
            if (arg == "--")
            {
                onlyPositionals = true;
                continue;
            }
            if (arg is "-h" or "--help" or "-?")
            {
                result.Help = true;
                continue;
            }
            if (!arg.StartsWith("--", StringComparison.Ordinal))
                throw new UsageException($"Unknown option '{arg}'.");
            var name = arg[2..];
            string? value = null;
            var equals = name.IndexOf('=');
            if (equals >= 0)
            {
                value = name[(equals + 1)..];
                name = name[..equals];
            }
            if (!valueOptions.Contains(name))
                throw new UsageException($"Unknown option '--{name}'.");
            if (value is null)
            {
                if (!e.MoveNext())
                    throw new UsageException($"Option '--{name}' needs a value.");
                value = e.Current;
            }
            if (!result._options.TryAdd(name, value))
                throw new UsageException($"Option '--{name}' is given twice.");
        }
        return result;
    }

    public string? Get(string name) => _options.GetValueOrDefault(name);

    public string Choice(string name, string defaultValue, params string[] allowed)
    {
        var value = Get(name) ?? defaultValue;
        if (!allowed.Contains(value, StringComparer.Ordinal))
            throw new UsageException($"'--{name}' must be one of {string.Join(", ", allowed)} (got '{value}').");
        return value;
    }

    public DateOnly? Date(string name)
    {
        var value = Get(name);
        if (value is null)
            return null;
        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
            throw new UsageException($"'--{name}' must be a date written YYYY-MM-DD (got '{value}').");
        return date;
    }

    public int Int(string name, int defaultValue, int min, int max)
    {
        var value = Get(name);
        if (value is null)
            return defaultValue;
        if (!int.TryParse(value, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number < min || number > max)
            throw new UsageException($"'--{name}' must be a whole number from {min} to {max} (got '{value}').");
        return number;
    }

    public string SinglePositional(string what)
    {
        return Positionals.Count switch
        {
            1 => Positionals[0],
            0 => throw new UsageException($"Give the {what}."),
            _ => throw new UsageException($"Give one {what} only (got {Positionals.Count} arguments)."),
        };
    }
}
