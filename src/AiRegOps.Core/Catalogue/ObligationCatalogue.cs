namespace AiRegOps.Core.Catalogue;

/// <summary>
/// The machine-readable catalogue of regulations and obligations. The embedded default is parsed once per process.
/// </summary>
public sealed class ObligationCatalogue
{
    public const string ResourceName = "AiRegOps.Core.Data.catalogue.json";

    private static readonly Lazy<ObligationCatalogue> EmbeddedDefault = new(LoadEmbedded, LazyThreadSafetyMode.ExecutionAndPublication);

    // Plain dictionaries, read-only after construction: a frozen collection costs more to build than the few dozen
    // lookups a command makes save, and the catalogue is built on the first command of every PowerShell session.
    private readonly Dictionary<string, Regulation> regulationsById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Obligation> obligationsById = new(StringComparer.OrdinalIgnoreCase);
    private readonly Dictionary<string, Obligation> obligationsBySeedRef = new(StringComparer.OrdinalIgnoreCase);

    private ObligationCatalogue(string version, IReadOnlyList<Regulation> regulations, IReadOnlyList<Obligation> obligations)
    {
        Version = version;
        Regulations = regulations;
        Obligations = obligations;
        foreach (var regulation in regulations)
        {
            regulationsById[regulation.Id] = regulation;
        }

        foreach (var obligation in obligations)
        {
            obligationsById[obligation.Id] = obligation;
            if (obligation.SeedRef is { } seedRef)
            {
                obligationsBySeedRef[seedRef] = obligation;
            }
        }
    }

    /// <summary>The catalogue shipped with AiRegOps.</summary>
    public static ObligationCatalogue Default => EmbeddedDefault.Value;

    public string Version { get; }
    public IReadOnlyList<Regulation> Regulations { get; }
    public IReadOnlyList<Obligation> Obligations { get; }

    /// <summary>Parses and validates a catalogue document.</summary>
    public static ObligationCatalogue Load(Stream json, string sourceName)
    {
        ArgumentNullException.ThrowIfNull(json);
        var document = CatalogueJson.Read(json, sourceName, CatalogueReader.Read);

        var problems = CatalogueValidator.Validate(document.Regulations, document.Obligations);
        if (problems.Count > 0)
        {
            throw new CatalogueException($"{sourceName}: {problems.Count} problem(s):{Environment.NewLine}  " + string.Join(Environment.NewLine + "  ", problems));
        }

        return new ObligationCatalogue(document.Version, document.Regulations, document.Obligations);
    }

    public bool TryGetRegulation(string id, out Regulation regulation) => regulationsById.TryGetValue(id, out regulation!);

    public Regulation GetRegulation(string id) =>
        regulationsById.TryGetValue(id, out var regulation)
            ? regulation
            : throw new KeyNotFoundException($"Unknown regulation '{id}'. Known: {string.Join(", ", Regulations.Select(r => r.Id))}.");

    public bool TryGetObligation(string id, out Obligation obligation) => obligationsById.TryGetValue(id, out obligation!);

    public Obligation GetObligation(string id)
    {
        if (obligationsById.TryGetValue(id, out var obligation))
        {
            return obligation;
        }

        var suggestion = Suggestions.Closest(id, obligationsById.Keys);
        throw new KeyNotFoundException($"Unknown obligation '{id}'.{(suggestion is null ? string.Empty : $" Did you mean '{suggestion}'?")}");
    }

    /// <summary>
    /// The citation an obligation's sources (or deadline rules) mark with <paramref name="key"/>: code asks for
    /// "the disclosure article of the filing" and the catalogue answers with the article and its confidence.
    /// </summary>
    public SourceCitation Citation(string obligationId, string key)
    {
        var obligation = GetObligation(obligationId);
        foreach (var source in obligation.Sources)
        {
            if (string.Equals(source.Key, key, StringComparison.Ordinal))
            {
                return source;
            }
        }

        foreach (var rule in obligation.Deadlines)
        {
            if (string.Equals(rule.Source.Key, key, StringComparison.Ordinal))
            {
                return rule.Source;
            }
        }

        throw new KeyNotFoundException($"Obligation '{obligationId}' has no source with key '{key}'.");
    }

    public Obligation? FindBySeedRef(string seedRef) => obligationsBySeedRef.GetValueOrDefault(seedRef);

    /// <summary>Whether <paramref name="obligation"/> binds on <paramref name="date"/>.</summary>
    public BindingState BindingStateOn(Obligation obligation, DateOnly date)
    {
        ArgumentNullException.ThrowIfNull(obligation);
        var anyUpcoming = false;
        var anyPromulgated = false;
        foreach (var source in obligation.Sources)
        {
            var regulation = GetRegulation(source.RegulationId);
            if (regulation.IsBindingOn(date))
            {
                return BindingState.Binding;
            }

            anyUpcoming |= regulation.IsUpcomingOn(date);
            anyPromulgated |= regulation.Status != RegulationStatus.Draft;
        }

        return anyUpcoming ? BindingState.NotYetInForce
            : anyPromulgated ? BindingState.NoLongerInForce
            : BindingState.NeverBinding;
    }

    private static ObligationCatalogue LoadEmbedded()
    {
        using var stream = typeof(ObligationCatalogue).Assembly.GetManifestResourceStream(ResourceName)
            ?? throw new CatalogueException($"The embedded catalogue '{ResourceName}' is missing from the build.");
        return Load(stream, "catalogue.json");
    }
}
