using LetterParser.Web.Storage.Postgres;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace LetterParser.Web.Storage;

public static class StorageExtensions
{
    /// <summary>
    /// Registers the letter and batch stores. <c>Storage:Provider</c> picks the implementation; the embedded
    /// default keeps everything under <c>Storage:DataPath</c>.
    /// </summary>
    public static IHostApplicationBuilder AddLetterStorage(this IHostApplicationBuilder builder)
    {
        builder.Services.AddOptions<StorageOptions>().BindConfiguration("Storage");
        builder.Services.AddOptions<RetentionOptions>().BindConfiguration("Retention");
        builder.Services.TryAddSingleton(TimeProvider.System);

        var provider = builder.Configuration["Storage:Provider"] ?? "FileSystem";
        if (PostgresStorageExtensions.IsPostgres(builder.Configuration))
            return builder.AddPostgresLetterStorage();
        if (!provider.Equals("FileSystem", StringComparison.OrdinalIgnoreCase))
            throw new InvalidOperationException($"Storage:Provider '{provider}' is not available; use FileSystem (the default) or Postgres.");

        // The antiforgery keys of the upload form live with the data, not in the user profile, so that two hosts
        // on one machine (tests, or a web and a worker) never race to create the same key file.
        var dataPath = Path.GetFullPath(builder.Configuration["Storage:DataPath"] ?? new StorageOptions().DataPath);
        // The keys sign the clinic sign-in cookie too: private to the service's account like the letters.
        FileSystemLetterStore.CreatePrivateFolder(Path.Combine(dataPath, "keys"));
        builder.Services.AddDataProtection()
            .SetApplicationName("LetterParser")
            .PersistKeysToFileSystem(new DirectoryInfo(Path.Combine(dataPath, "keys")));

        builder.Services.AddSingleton<FileSystemLetterStore>();
        builder.Services.AddSingleton<ILetterStore>(sp => sp.GetRequiredService<FileSystemLetterStore>());
        builder.Services.AddSingleton<IBatchStore>(sp => sp.GetRequiredService<FileSystemLetterStore>());
        builder.Services.AddSingleton<Processing.ILetterLock, Processing.InProcessLetterLock>();
        builder.Services.AddHealthChecks().AddCheck<DataFolderHealthCheck>("storage", tags: [HealthTags.Ready]);
        return builder;
    }
}
