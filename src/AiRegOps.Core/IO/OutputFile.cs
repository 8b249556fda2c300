namespace AiRegOps.Core.IO;

/// <summary>One file of an output set, computed in memory before anything is written (so -WhatIf can list it).</summary>
/// <param name="RelativePath">Path inside the output folder, with forward slashes; no "..".</param>
/// <param name="Content">The text, written as UTF-8 without a byte-order mark.</param>
public sealed record OutputFile(string RelativePath, string Content);
