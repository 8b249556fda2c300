namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// A YAML node with its position. The loader builds its own small tree from parser events, instead of using
/// YamlDotNet's representation model, so that duplicate keys and aliases are reported with positions rather
/// than thrown, and so that no reflection runs per document.
/// </summary>
internal abstract class Node
{
    protected Node(int line, int column)
    {
        Line = line;
        Column = column;
    }

    /// <summary>1-based line of the node's first character.</summary>
    public int Line { get; }

    /// <summary>1-based column of the node's first character.</summary>
    public int Column { get; }

    /// <summary>How the node reads in a message after "got", e.g. <c>a list</c> or <c>'text'</c>.</summary>
    public abstract string Describe();
}
