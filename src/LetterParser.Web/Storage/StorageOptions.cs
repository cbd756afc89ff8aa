namespace LetterParser.Web.Storage;

/// <summary>Configuration section <c>Storage</c>.</summary>
public sealed class StorageOptions
{
    /// <summary>Which store holds letters and reports: <c>FileSystem</c> (default) or <c>Postgres</c> (docs/operations.md).</summary>
    public string Provider { get; set; } = "FileSystem";

    /// <summary>Folder for uploads and reports (config <c>Storage:DataPath</c>).</summary>
    public string DataPath { get; set; } = "data";
}

/// <summary>Configuration section <c>Retention</c>: uploads and reports are deleted after this many days.</summary>
public sealed class RetentionOptions
{
    public int Days { get; set; } = 7;
}
