namespace AiRegOps.Core.Reminders;

/// <summary>A GitHub repository by owner and name ("octo-org/chat-service").</summary>
public readonly record struct RepositoryRef
{
    public RepositoryRef(string owner, string name)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(owner);
        ArgumentException.ThrowIfNullOrWhiteSpace(name);
        Owner = owner;
        Name = name;
    }

    public string Owner { get; }
    public string Name { get; }

    /// <summary>Parses "owner/name"; throws with the offending text otherwise.</summary>
    public static RepositoryRef Parse(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var slash = text.IndexOf('/', StringComparison.Ordinal);
        if (slash <= 0 || slash == text.Length - 1 || text.IndexOf('/', slash + 1) >= 0)
        {
            throw new FormatException($"'{text}' is not a repository; expected 'owner/name'.");
        }

        return new RepositoryRef(text[..slash], text[(slash + 1)..]);
    }

    public override string ToString() => $"{Owner}/{Name}";
}
