using System.IO.Enumeration;
using System.Runtime.CompilerServices;

namespace AiRegOps.Core.Evidence;

/// <summary>
/// Evidence in a local folder: <c>blobs/sha256/ab/&lt;hash&gt;</c>. Content streams to a staging file while it is
/// hashed, is flushed to disk, then moved to its content-addressed name without overwriting, and marked read-only.
/// </summary>
public sealed class LocalEvidenceStore : IEvidenceStore
{
    private const string StagingFolder = "staging";
    private readonly string blobs;

    public LocalEvidenceStore(string root)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(root);
        Root = Path.GetFullPath(root);
        blobs = Path.Combine(Root, "blobs");
    }

    public string Root { get; }

    public string Location => $"local folder {blobs}";

    public async Task<StoredContent> PutAsync(Stream content, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        var staging = Path.Combine(blobs, StagingFolder, $"{Guid.NewGuid():N}.tmp");
        Directory.CreateDirectory(Path.GetDirectoryName(staging)!);
        try
        {
            ContentHash hash;
            long size;
            var file = new FileStream(staging, FileMode.CreateNew, FileAccess.Write, FileShare.None, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);
            await using (file.ConfigureAwait(false))
            {
                (hash, size) = await ContentHasher.CopyAndHashAsync(content, file, cancellationToken).ConfigureAwait(false);
                file.Flush(flushToDisk: true);
            }

            var final = PathOf(hash);
            Directory.CreateDirectory(Path.GetDirectoryName(final)!);
            if (File.Exists(final))
            {
                return new StoredContent(hash, size, Created: false);
            }

            try
            {
                File.Move(staging, final, overwrite: false);
            }
            catch (IOException) when (File.Exists(final))
            {
                return new StoredContent(hash, size, Created: false);
            }

            File.SetAttributes(final, FileAttributes.ReadOnly);
            return new StoredContent(hash, size, Created: true);
        }
        finally
        {
            TryDelete(staging);
        }
    }

    public Task<long?> GetSizeAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        var info = new FileInfo(PathOf(hash));
        return Task.FromResult(info.Exists ? info.Length : (long?)null);
    }

    public Task<Stream> OpenReadAsync(ContentHash hash, CancellationToken cancellationToken)
    {
        try
        {
            // Synchronous handle: most evidence is small, and thread-pool reads of a plain file cost less than async I/O setup.
            Stream stream = new FileStream(PathOf(hash), FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.SequentialScan);
            return Task.FromResult(stream);
        }
        catch (Exception ex) when (ex is FileNotFoundException or DirectoryNotFoundException)
        {
            throw new EvidenceNotFoundException($"Blob '{hash.BlobName}' is not in the {Location}.", ex);
        }
    }

    public async IAsyncEnumerable<StoredBlob> ListAsync([EnumeratorCancellation] CancellationToken cancellationToken)
    {
        await Task.Yield();
        if (!Directory.Exists(blobs))
        {
            yield break;
        }

        var content = Path.Combine(blobs, "sha256");
        if (Directory.Exists(content))
        {
            var files = new FileSystemEnumerable<StoredBlob>(
                content,
                (ref FileSystemEntry entry) =>
                {
                    var name = $"sha256/{Path.GetFileName(entry.Directory)}/{entry.FileName}";
                    return new StoredBlob(name, ContentHash.TryParseBlobName(name, out var hash) ? hash : null, entry.Length, entry.LastWriteTimeUtc);
                },
                new EnumerationOptions { RecurseSubdirectories = true, AttributesToSkip = 0 })
            {
                ShouldIncludePredicate = (ref FileSystemEntry entry) => !entry.IsDirectory,
            };
            foreach (var blob in files)
            {
                cancellationToken.ThrowIfCancellationRequested();
                yield return blob;
            }
        }

        var staging = Path.Combine(blobs, StagingFolder);
        if (Directory.Exists(staging))
        {
            foreach (var path in Directory.EnumerateFiles(staging))
            {
                var info = new FileInfo(path);
                yield return new StoredBlob($"{StagingFolder}/{info.Name}", null, info.Length, info.LastWriteTimeUtc);
            }
        }
    }

    public Task DeleteStagingAsync(string blobName, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(blobName);
        if (!blobName.StartsWith(StagingFolder + "/", StringComparison.Ordinal) || blobName.Contains("..", StringComparison.Ordinal))
        {
            throw new ArgumentException($"'{blobName}' is not a staging blob.", nameof(blobName));
        }

        TryDelete(Path.Combine(blobs, blobName));
        return Task.CompletedTask;
    }

    public Task<ImmutabilityResult> ApplyImmutabilityAsync(ContentHash hash, ImmutabilityPolicy policy, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(policy);
        return Task.FromResult(policy.IsNone
            ? ImmutabilityResult.NotRequested
            : new ImmutabilityResult(false, "a local folder cannot make files immutable: blobs are stored read-only, which anyone with write access to the folder can undo; tampering is detected by verification, not prevented"));
    }

    /// <summary>The file that holds the blob (for tools and tests).</summary>
    public string PathOf(ContentHash hash) => Path.Combine(blobs, hash.BlobName.Replace('/', Path.DirectorySeparatorChar));

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (IOException)
        {
            // A leftover staging file is reported by verification.
        }
        catch (UnauthorizedAccessException)
        {
        }
    }
}
