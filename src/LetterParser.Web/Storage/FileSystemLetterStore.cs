using System.Collections.Concurrent;
using System.Text.Json;
using System.Text.Json.Serialization;
using LetterParser.Core.Pipeline;
using LetterParser.Core.Reports;
using Microsoft.Extensions.Options;

namespace LetterParser.Web.Storage;

/// <summary>
/// Letters and batches as files under the data folder:
/// <c>letters/{id}/letter</c> (the upload), <c>letters/{id}/letter.json</c> (status), <c>letters/{id}/report.json</c>,
/// and <c>batches/{id}.json</c>. Every write goes to a temporary file first and is then renamed, so a reader
/// never sees half a file and a crash never leaves one. Folders are created 0700 and files 0600: letters are
/// personal data, and other accounts on the machine have no business reading them.
/// </summary>
public sealed class FileSystemLetterStore : ILetterStore, IBatchStore
{
    private static readonly JsonSerializerOptions MetaJson = CreateMetaJson();

    private const UnixFileMode FolderMode = UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute;
    private const UnixFileMode FileMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;

    private readonly string _letters;
    private readonly string _batches;
    private readonly TimeProvider _clock;

    // Unfinished letter id → client. This store serves one process only (Role=all), so the per-client count of
    // queued work can live in memory instead of reading every letter's status on every upload.
    private readonly ConcurrentDictionary<string, string> _unfinished = new();

    // For the same reason the queue and the reading progress live in memory too: a waiting page polls them every
    // two seconds, and neither is worth a file write or a scan of every letter's status.
    private readonly ConcurrentDictionary<string, (DateTimeOffset CreatedAt, bool InBatch)> _queued = new();

    // Letter id → the stage of its current attempt (null until the first is reported), for letters being processed.
    private readonly ConcurrentDictionary<string, ReadingProgress?> _progress = new();

    public FileSystemLetterStore(IOptions<StorageOptions> options, TimeProvider clock)
    {
        var root = Path.GetFullPath(options.Value.DataPath);
        _letters = Path.Combine(root, "letters");
        _batches = Path.Combine(root, "batches");
        CreatePrivateFolder(root);
        CreatePrivateFolder(_letters);
        CreatePrivateFolder(_batches);
        _clock = clock;
        foreach (var folder in Directory.EnumerateDirectories(_letters))
        {
            if (FindAsync(Path.GetFileName(folder), CancellationToken.None).GetAwaiter().GetResult() is not { IsFinished: false } letter)
                continue;
            if (letter.Client is { } client)
                _unfinished[letter.Id] = client;
            if (letter.Status == LetterStatus.Queued)
                _queued[letter.Id] = (letter.CreatedAt, letter.BatchId is not null);
        }
    }

    /// <summary>Creates <paramref name="path"/> (and its parents) as 0700, and tightens it when it already exists.</summary>
    public static void CreatePrivateFolder(string path)
    {
        if (OperatingSystem.IsWindows())
        {
            Directory.CreateDirectory(path);
            return;
        }
        Directory.CreateDirectory(path, FolderMode);
        File.SetUnixFileMode(path, FolderMode);
    }

    public async Task<StoredLetter> AddAsync(IncomingLetter letter, string? batchId, CancellationToken cancellationToken)
    {
        var id = LetterId.New();
        var folder = Path.Combine(_letters, id);
        CreatePrivateFolder(folder);
        await WriteAtomicAsync(Path.Combine(folder, "letter"), letter.Content, cancellationToken);
        var stored = new StoredLetter(id, letter.FileName, batchId, _clock.GetUtcNow(), LetterStatus.Queued, letter.NotifiedOn, 0, null,
            letter.SecretHash, letter.Client);
        await WriteMetaAsync(stored, cancellationToken);
        if (stored.Client is { } client)
            _unfinished[id] = client;
        _queued[id] = (stored.CreatedAt, batchId is not null);
        return stored;
    }

    public async Task<StoredLetter?> FindAsync(string id, CancellationToken cancellationToken)
    {
        if (LetterFolder(id) is not { } folder)
            return null;
        try
        {
            await using var stream = File.OpenRead(Path.Combine(folder, "letter.json"));
            return await JsonSerializer.DeserializeAsync<StoredLetter>(stream, MetaJson, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<byte[]?> ReadContentAsync(string id, CancellationToken cancellationToken)
    {
        if (LetterFolder(id) is not { } folder)
            return null;
        try
        {
            return await File.ReadAllBytesAsync(Path.Combine(folder, "letter"), cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public async Task<StoredLetter?> BeginAttemptAsync(string id, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } letter)
            return null;
        var started = letter with { Status = LetterStatus.Processing, Attempts = letter.Attempts + 1 };
        await WriteMetaAsync(started, cancellationToken);
        _queued.TryRemove(id, out _);
        _progress[id] = null;
        return started;
    }

    public Task SaveProgressAsync(string id, ReadingProgress progress, CancellationToken cancellationToken)
    {
        // Only a letter in an attempt has an entry: a compare-and-swap never brings back one that has just finished.
        if (_progress.TryGetValue(id, out var last))
            _progress.TryUpdate(id, progress, last);
        return Task.CompletedTask;
    }

    public Task<ReadingProgress?> ReadProgressAsync(string id, CancellationToken cancellationToken) =>
        Task.FromResult(_progress.TryGetValue(id, out var progress) ? progress : null);

    public Task<int> CountQueuedAheadAsync(StoredLetter letter, CancellationToken cancellationToken)
    {
        var inBatch = letter.BatchId is not null;
        return Task.FromResult(_queued.Count(other => other.Key != letter.Id
            && (inBatch ? !other.Value.InBatch || other.Value.CreatedAt < letter.CreatedAt
                        : !other.Value.InBatch && other.Value.CreatedAt < letter.CreatedAt)));
    }

    public async Task SaveReportAsync(string id, LetterReport report, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } letter)
            return;
        var folder = LetterFolder(id)!;
        await WriteAtomicAsync(Path.Combine(folder, "report.json"), System.Text.Encoding.UTF8.GetBytes(ReportJson.Serialize(report)), cancellationToken);
        var finished = report is ErrorReport error
            ? letter with { Status = LetterStatus.Failed, Failure = error.Error }
            : letter with { Status = LetterStatus.Completed, Failure = null };
        await WriteMetaAsync(finished, cancellationToken);
        Forget(id);
        if (report is ErrorReport)
            File.Delete(Path.Combine(folder, "letter"));
    }

    public async Task MarkFailedAsync(string id, ErrorDetail failure, CancellationToken cancellationToken)
    {
        if (await FindAsync(id, cancellationToken) is not { } letter)
            return;
        await WriteMetaAsync(letter with { Status = LetterStatus.Failed, Failure = failure }, cancellationToken);
        Forget(id);
    }

    public Task<int> CountUnfinishedAsync(string client, CancellationToken cancellationToken) =>
        Task.FromResult(_unfinished.Count(entry => entry.Value == client));

    public async Task<string?> ReadReportJsonAsync(string id, CancellationToken cancellationToken)
    {
        if (LetterFolder(id) is not { } folder)
            return null;
        var file = Path.Combine(folder, "report.json");
        // Most calls come before the report exists (the job's "already done?" check): skip the exception.
        if (!File.Exists(file))
            return null;
        try
        {
            return await File.ReadAllTextAsync(file, cancellationToken);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return null;
        }
    }

    public Task<bool> DeleteAsync(string id, CancellationToken cancellationToken)
    {
        if (LetterFolder(id) is not { } folder || !Directory.Exists(folder))
            return Task.FromResult(false);
        Directory.Delete(folder, recursive: true);
        Forget(id);
        return Task.FromResult(true);
    }

    public async Task<IReadOnlyList<string>> ListUnfinishedAsync(CancellationToken cancellationToken)
    {
        List<string> unfinished = [];
        foreach (var folder in Directory.EnumerateDirectories(_letters))
        {
            if (await FindAsync(Path.GetFileName(folder), cancellationToken) is { IsFinished: false } letter)
                unfinished.Add(letter.Id);
        }
        return unfinished;
    }

    async Task<int> ILetterStore.DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var folder in Directory.EnumerateDirectories(_letters))
        {
            cancellationToken.ThrowIfCancellationRequested();
            var id = Path.GetFileName(folder);
            var letter = await FindAsync(id, cancellationToken);
            // A folder without readable status is an interrupted upload: judge it by the folder's own age.
            var created = letter?.CreatedAt ?? Directory.GetCreationTimeUtc(folder);
            if (created < cutoff && await DeleteAsync(id, cancellationToken))
                deleted++;
        }
        return deleted;
    }

    public Task SaveAsync(StoredBatch batch, CancellationToken cancellationToken) =>
        WriteAtomicAsync(BatchFile(batch.Id) ?? throw new ArgumentException("Invalid batch id.", nameof(batch)),
            JsonSerializer.SerializeToUtf8Bytes(batch, MetaJson), cancellationToken);

    async Task<StoredBatch?> IBatchStore.FindAsync(string id, CancellationToken cancellationToken)
    {
        if (BatchFile(id) is not { } file)
            return null;
        try
        {
            await using var stream = File.OpenRead(file);
            return await JsonSerializer.DeserializeAsync<StoredBatch>(stream, MetaJson, cancellationToken);
        }
        catch (FileNotFoundException)
        {
            return null;
        }
    }

    async Task<int> IBatchStore.DeleteCreatedBeforeAsync(DateTimeOffset cutoff, CancellationToken cancellationToken)
    {
        var deleted = 0;
        foreach (var file in Directory.EnumerateFiles(_batches, "*.json"))
        {
            var batch = await ((IBatchStore)this).FindAsync(Path.GetFileNameWithoutExtension(file), cancellationToken);
            var created = batch?.CreatedAt ?? File.GetCreationTimeUtc(file);
            if (created < cutoff)
            {
                File.Delete(file);
                deleted++;
            }
        }
        return deleted;
    }

    /// <summary>The letter is finished or gone: no longer unfinished work, queued or in progress.</summary>
    private void Forget(string id)
    {
        _unfinished.TryRemove(id, out _);
        _queued.TryRemove(id, out _);
        _progress.TryRemove(id, out _);
    }

    private string? LetterFolder(string id) => LetterId.IsValid(id) ? Path.Combine(_letters, id) : null;

    private string? BatchFile(string id) => LetterId.IsValid(id) ? Path.Combine(_batches, id + ".json") : null;

    private Task WriteMetaAsync(StoredLetter letter, CancellationToken cancellationToken) =>
        WriteAtomicAsync(Path.Combine(_letters, letter.Id, "letter.json"), JsonSerializer.SerializeToUtf8Bytes(letter, MetaJson), cancellationToken);

    private static async Task WriteAtomicAsync(string path, ReadOnlyMemory<byte> content, CancellationToken cancellationToken)
    {
        var temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp";
        var create = new FileStreamOptions { Mode = System.IO.FileMode.CreateNew, Access = FileAccess.Write, Options = FileOptions.Asynchronous };
        if (!OperatingSystem.IsWindows())
            create.UnixCreateMode = FileMode;
        await using (var stream = new FileStream(temporary, create))
            await stream.WriteAsync(content, cancellationToken);
        File.Move(temporary, path, overwrite: true);
    }

    private static JsonSerializerOptions CreateMetaJson()
    {
        var options = new JsonSerializerOptions(JsonSerializerDefaults.Web);
        options.Converters.Add(new JsonStringEnumConverter(JsonNamingPolicy.KebabCaseLower));
        return options;
    }
}
