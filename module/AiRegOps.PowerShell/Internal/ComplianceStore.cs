using System.Management.Automation;
using System.Management.Automation.Runspaces;
using System.Runtime.CompilerServices;
using AiRegOps.Core.Evidence;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The evidence store a PowerShell session uses, chosen with Set-ComplianceStore and kept per runspace (so two
/// runspaces in one process never share a choice). Until one is chosen it is the local folder
/// <c>./.airegops/evidence</c> below the current location, resolved each time it is used. The connection string, when
/// one was given, stays here and is registered with a <see cref="SecretRedactor"/> that every store error goes through.
/// </summary>
internal static class ComplianceStore
{
    public const string DefaultRelativePath = ".airegops/evidence";
    public const string FailedErrorId = "ComplianceStoreFailed";

    private static readonly ConditionalWeakTable<Runspace, Choice> Choices = [];
    private static readonly Choice NoRunspace = new();

    /// <summary>The store chosen in this session, with what is safe to show of it.</summary>
    private sealed class Choice
    {
        public EvidenceStoreOptions? Options { get; set; }
        public EvidenceService? Service { get; set; }
        public string Kind { get; set; } = "Local";
        public string? Location { get; set; }
        public SecretRedactor Redactor { get; set; } = SecretRedactor.Default;
    }

    private static Choice Current => Runspace.DefaultRunspace is { } runspace ? Choices.GetValue(runspace, static _ => new Choice()) : NoRunspace;

    /// <summary>Chooses the store for this session; the service is opened now, so a malformed choice fails here.</summary>
    public static ComplianceStoreInfo Set(EvidenceStoreOptions options, string kind, string location, IEnumerable<string?> secrets)
    {
        ArgumentNullException.ThrowIfNull(options);
        var redactor = new SecretRedactor(secrets);
        var service = EvidenceService.Create(options);
        var choice = Current;
        lock (choice)
        {
            choice.Options = options;
            choice.Service = service;
            choice.Kind = kind;
            choice.Location = location;
            choice.Redactor = redactor;
        }

        return Describe(null);
    }

    /// <summary>Back to the default local folder.</summary>
    public static void Reset()
    {
        var choice = Current;
        lock (choice)
        {
            choice.Options = null;
            choice.Service = null;
            choice.Kind = "Local";
            choice.Location = null;
            choice.Redactor = SecretRedactor.Default;
        }
    }

    /// <summary>The evidence service of the session's store; the default local folder resolved against the current location.</summary>
    public static EvidenceService Open(PSCmdlet cmdlet)
    {
        var choice = Current;
        lock (choice)
        {
            return choice.Service ?? EvidenceService.Create(new LocalEvidenceStoreOptions(DefaultFolder(cmdlet)));
        }
    }

    /// <summary>The kind and location of the session's store; never a key or a connection string.</summary>
    public static ComplianceStoreInfo Describe(PSCmdlet? cmdlet)
    {
        var choice = Current;
        lock (choice)
        {
            return choice.Options is null
                ? new ComplianceStoreInfo("Local", cmdlet is null ? DefaultRelativePath : DefaultFolder(cmdlet), isDefault: true)
                : new ComplianceStoreInfo(choice.Kind, choice.Location ?? choice.Options.Describe(), isDefault: false);
        }
    }

    /// <summary>Text with any secret of the session's store masked.</summary>
    public static string Redact(string? text)
    {
        var choice = Current;
        lock (choice)
        {
            return SecretRedactor.RedactPatterns(choice.Redactor.Redact(text));
        }
    }

    /// <summary>An error record for a store failure, its message (and its inner messages) redacted.</summary>
    public static ErrorRecord Error(Exception exception, string errorId, ErrorCategory category, object? target, string? context = null)
    {
        var messages = new List<string>();
        for (var e = exception; e is not null; e = e.InnerException)
        {
            if (!messages.Contains(e.Message, StringComparer.Ordinal))
            {
                messages.Add(e.Message);
            }
        }

        var text = Redact((context is null ? string.Empty : context + ": ") + string.Join(" ", messages));
        return new ErrorRecord(new EvidenceStoreFailure(text, exception.GetType().Name), errorId, category, target);
    }

    private static string DefaultFolder(PSCmdlet cmdlet) => cmdlet.SessionState.Path.GetUnresolvedProviderPathFromPSPath(DefaultRelativePath);
}

/// <summary>A store failure as shown to the user: the message is redacted, and the original exception is not kept (it may carry a secret).</summary>
public sealed class EvidenceStoreFailure : Exception
{
    public EvidenceStoreFailure()
    {
    }

    public EvidenceStoreFailure(string message)
        : base(message)
    {
    }

    public EvidenceStoreFailure(string message, Exception innerException)
        : base(message, innerException)
    {
    }

    internal EvidenceStoreFailure(string message, string originalType)
        : base(message)
    {
        OriginalType = originalType;
    }

    /// <summary>The type name of the exception this stands for.</summary>
    public string? OriginalType { get; }
}
