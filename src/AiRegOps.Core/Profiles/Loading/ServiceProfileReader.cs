using System.Text;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Reads <c>airegops.yml</c> service profiles (apiVersion airegops/v1, kind Service) from a file, a folder or text.
/// All or nothing: every error in every document and file is collected and thrown together as a
/// <see cref="ProfileValidationException"/>, and no profile is returned when there is any error.
/// </summary>
public static class ServiceProfileReader
{
    /// <summary>
    /// The largest profile file read (bytes of UTF-8, or characters of text). A profile is a few kilobytes; ten
    /// thousand services in one file (a supported case) take about 35 MB. Reading is linear in the size once aliases,
    /// nesting and errors are bounded, so this bounds time and memory.
    /// </summary>
    public const int MaxFileLength = 64 * 1024 * 1024;

    /// <summary>Reads a file, or every <c>*.yml</c> and <c>*.yaml</c> file under a folder (recursively, in ordinal path order).</summary>
    /// <exception cref="FileNotFoundException">Nothing exists at the path.</exception>
    /// <exception cref="ProfileValidationException">Any profile is invalid.</exception>
    public static IReadOnlyList<ServiceProfile> ReadPath(string fileOrFolder)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(fileOrFolder);
        if (File.Exists(fileOrFolder))
        {
            return ReadFile(fileOrFolder);
        }

        if (!Directory.Exists(fileOrFolder))
        {
            throw new FileNotFoundException($"No service profile file or folder at '{TextSafety.ForMessage(fileOrFolder, 1000)}'.", fileOrFolder);
        }

        var files = FindProfileFiles(fileOrFolder);
        if (files.Count == 0)
        {
            throw new ProfileValidationException(
                [new ProfileError(fileOrFolder, 1, 1, "(folder)", NoProfileFiles)]);
        }

        var session = new ReadSession();
        foreach (var file in files)
        {
            session.ReadFile(file);
        }

        return session.Finish();
    }

    /// <exception cref="FileNotFoundException">The file does not exist.</exception>
    /// <exception cref="ProfileValidationException">Any profile in the file is invalid.</exception>
    public static IReadOnlyList<ServiceProfile> ReadFile(string path)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        if (!File.Exists(path))
        {
            throw new FileNotFoundException($"No service profile file at '{TextSafety.ForMessage(path, 1000)}'.", path);
        }

        var session = new ReadSession();
        session.ReadFile(path);
        return session.Finish();
    }

    /// <summary>Reads profiles from YAML text; <paramref name="sourceName"/> stands for the file in errors and sources.</summary>
    /// <exception cref="ProfileValidationException">Any profile in the text is invalid.</exception>
    public static IReadOnlyList<ServiceProfile> ReadYaml(string yaml, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(yaml);
        ArgumentNullException.ThrowIfNull(sourceName);
        var session = new ReadSession();
        session.ReadText(yaml, sourceName);
        return session.Finish();
    }

    internal const string NoProfileFiles = "no airegops.yml, airegops.yaml or *.airegops.yml file found; expected at least one service profile";

    /// <summary>
    /// Profile files under a folder, sorted by ordinal path so that every machine loads (and reports) in the same
    /// order: files named airegops.yml or airegops.yaml, and *.airegops.yml (one file per service beside others).
    /// Other YAML (compose files, Kubernetes manifests, workflows) is not a profile and is ignored. Hidden entries
    /// (names starting with a dot, such as .git and .github) are skipped: they hold workflows and tool settings.
    /// </summary>
    internal static List<string> FindProfileFiles(string folder)
    {
        var options = new EnumerationOptions
        {
            RecurseSubdirectories = true,
            AttributesToSkip = FileAttributes.None,
            IgnoreInaccessible = false,
            MatchCasing = MatchCasing.CaseInsensitive,
        };
        var files = new List<string>();
        foreach (var file in Directory.EnumerateFiles(folder, "*", options))
        {
            if (IsProfileFileName(Path.GetFileName(file)) && !IsHidden(Path.GetRelativePath(folder, file)))
            {
                files.Add(file);
            }
        }

        files.Sort(StringComparer.Ordinal);
        return files;
    }

    /// <summary>Whether a file found in a folder is a profile by its name (a file named directly is read whatever its name).</summary>
    public static bool IsProfileFileName(string fileName) =>
        fileName.Equals("airegops.yml", StringComparison.OrdinalIgnoreCase)
        || fileName.Equals("airegops.yaml", StringComparison.OrdinalIgnoreCase)
        || (fileName.EndsWith(".airegops.yml", StringComparison.OrdinalIgnoreCase) && fileName.Length > ".airegops.yml".Length);

    private static bool IsHidden(string relativePath)
    {
        foreach (var segment in relativePath.Split(Path.DirectorySeparatorChar, Path.AltDirectorySeparatorChar))
        {
            if (segment.StartsWith('.') && segment is not "." and not "..")
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>One load: the profiles so far, the names seen (unique across every file) and every error.</summary>
    internal sealed class ReadSession
    {
        private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

        private readonly List<ServiceProfile> profiles = [];
        private readonly Dictionary<string, SourceLocation> names = new(StringComparer.Ordinal);
        private readonly List<ProfileError> errors = [];

        public void ReadFile(string path)
        {
            string text;
            try
            {
                var length = new FileInfo(path).Length;
                if (length > MaxFileLength)
                {
                    errors.Add(TooLarge(path, length, "bytes"));
                    return;
                }

                text = File.ReadAllText(path, StrictUtf8);
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or DecoderFallbackException)
            {
                var reason = exception is DecoderFallbackException ? "the file is not UTF-8 text" : exception.Message;
                errors.Add(new ProfileError(TextSafety.ForMessage(path, 1000), 1, 1, "(file)", TextSafety.ForMessage($"cannot read the file: {reason}", ErrorCollector.MaxMessageLength)));
                return;
            }

            ReadText(text, path);
        }

        public void ReadText(string text, string file)
        {
            if (text.Length > MaxFileLength)
            {
                errors.Add(TooLarge(file, text.Length, "characters"));
                return;
            }

            var collector = new ErrorCollector(file);
            var reader = new ProfileDocumentReader(collector);
            var services = 0;
            YamlTreeReader.Read(text, collector, document =>
            {
                if (document.Root is null or ScalarNode { IsNull: true })
                {
                    // An empty document (a stray --- or a file of comments) describes nothing; it is not an error on its own.
                    return;
                }

                services++;
                var profile = reader.Read(document.Root, new SourceLocation(file, document.Line, document.Column));
                if (reader.NameFound is var (name, nameNode))
                {
                    if (!names.TryAdd(name, new SourceLocation(file, nameNode.Line, nameNode.Column)))
                    {
                        collector.Add(nameNode, "metadata.name", $"duplicate service name {NodeReader.Quote(name)}; already defined at {names[name]}");
                        profile = null;
                    }
                }

                if (profile is not null)
                {
                    profiles.Add(profile with { Positions = NodePositions.Collect(document.Root, file) });
                }
            });

            if (services == 0 && collector.Count == 0)
            {
                collector.Add(1, 1, "(file)", "no service profile found; expected at least one document with apiVersion: airegops/v1 and kind: Service");
            }

            // Errors are found in walk order; sort them into source order (stable, so ties keep walk order).
            var sorted = collector.Errors.OrderBy(static e => e.Line).ThenBy(static e => e.Column);
            errors.AddRange(sorted);
            if (collector.Dropped > 0)
            {
                errors.Add(new ProfileError(collector.File, 1, 1, "(file)", $"{collector.Dropped:N0} more errors not shown: only the first {ErrorCollector.MaxErrors} of a file are reported"));
            }
        }

        private static ProfileError TooLarge(string file, long length, string unit) =>
            new(TextSafety.ForMessage(file, 1000), 1, 1, "(file)", $"the file is {length:N0} {unit}; a profile file may have at most {MaxFileLength:N0}, so it was not read");

        public IReadOnlyList<ServiceProfile> Finish() =>
            errors.Count == 0 ? profiles.ToArray() : throw new ProfileValidationException(errors.ToArray());

        /// <summary>The profiles and errors since the last call, then starts afresh (the names seen are kept).</summary>
        public IReadOnlyList<ServiceProfile> Drain()
        {
            var read = profiles.ToArray();
            var failed = errors.ToArray();
            profiles.Clear();
            errors.Clear();
            return failed.Length == 0 ? read : throw new ProfileValidationException(failed);
        }
    }
}
