using System.Management.Automation;
using System.Net;
using System.Security;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// An Azure Storage connection string given to a cmdlet as a SecureString or a string: its text, the account it names
/// and every secret in it (registered with a redactor so no error ever shows one).
/// </summary>
internal sealed class StorageConnectionText
{
    private StorageConnectionText(string text, string? account, IReadOnlyList<string?> secrets)
    {
        Text = text;
        Account = account;
        Secrets = secrets;
    }

    public string Text { get; }
    public string? Account { get; }
    public IReadOnlyList<string?> Secrets { get; }

    /// <summary>What is safe to show: the account, never the key.</summary>
    public string Location => Account is null ? "account by connection string" : $"account '{Account}' by connection string";

    /// <summary>The connection string, or null when the value is not a non-empty string or SecureString.</summary>
    public static StorageConnectionText? From(object? value)
    {
        var text = value switch
        {
            SecureString secure => new NetworkCredential(string.Empty, secure).Password,
            PSObject { BaseObject: SecureString secure } => new NetworkCredential(string.Empty, secure).Password,
            string plain => plain,
            PSObject { BaseObject: string plain } => plain,
            _ => null,
        };
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        string? account = null;
        var secrets = new List<string?> { text };
        foreach (var part in text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var equals = part.IndexOf('=', StringComparison.Ordinal);
            if (equals <= 0)
            {
                continue;
            }

            var key = part[..equals];
            var field = part[(equals + 1)..];
            if (key.Equals("AccountName", StringComparison.OrdinalIgnoreCase))
            {
                account = field;
            }
            else if (key.Equals("AccountKey", StringComparison.OrdinalIgnoreCase) || key.Equals("SharedAccessSignature", StringComparison.OrdinalIgnoreCase))
            {
                secrets.Add(field);
            }
        }

        return new StorageConnectionText(text, account, secrets);
    }
}
