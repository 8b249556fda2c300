namespace AiRegOps.Core.Profiles.Loading;

/// <summary>One YAML document of a stream: where it starts and its root node (null when the document is empty).</summary>
internal readonly record struct YamlDocumentNode(int Line, int Column, Node? Root);
