using System.Text.Json.Serialization;

namespace AiRegOps.Core.Catalogue;

/// <summary>
/// Source-generated metadata for the catalogue: the first command of a session does not pay for reflection-emitted
/// serialisers (module import time), and hosts that switch off reflection-based serialisation still read it.
/// Source-generated code passes a default for every init-only property missing from the JSON, so the records turn a
/// null list back into an empty one, and every confidence mark is required in the data.
/// </summary>
[JsonSerializable(typeof(CatalogueDocument))]
internal sealed partial class CatalogueJsonContext : JsonSerializerContext;
