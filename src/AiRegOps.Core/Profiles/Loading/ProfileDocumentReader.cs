using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Identifiers;

namespace AiRegOps.Core.Profiles.Loading;

/// <summary>
/// Builds one <see cref="ServiceProfile"/> from one YAML document, checking every key and value on the way. Records
/// are built directly from the nodes (no reflection) because a daily run reads thousands of profiles.
/// </summary>
internal sealed class ProfileDocumentReader
{
    private static readonly string[] RootKeys = ["apiVersion", "kind", "metadata", "spec"];
    private static readonly string[] MetadataKeys = ["name", "displayName", "description", "owners", "labels"];

    private static readonly string[] SpecKeys =
    [
        "provider", "offeredInPrc", "publicInPrc", "generativeAiModel", "technologies", "features", "audiences", "biometricEditing", "newsService",
        "unlabelledContentOnRequest", "launchedOn", "events", "filings", "assessments", "ethics", "controls", "policy", "completed",
    ];

    private static readonly string[] ProviderKeys = ["name", "creditCode", "roles"];
    private static readonly string[] EventKeys = ["type", "date", "feature", "note"];
    private static readonly string[] EthicsKeys = ["committeeEstablishedOn", "committeeRegisteredOn", "annualReportsSubmitted", "activities"];
    private static readonly string[] ActivityKeys = ["name", "approvedOn", "onExpertReviewList", "registeredOn", "followUpReviews"];


    // One line per key: the field it sets and how its value is read (see FieldBinder).
    private static readonly FieldBinder<ServiceTechnologies> TechnologyFields = new(
        ("algorithms", (r, n, p, t) => t with { Algorithms = r.EnumList(n, p, ProfileVocabulary.Algorithms) }),
        ("deepSynthesis", (r, n, p, t) => t with { DeepSynthesis = r.EnumList(n, p, ProfileVocabulary.DeepSynthesis) }),
        ("generativeAi", (r, n, p, t) => t with { GenerativeAi = r.Boolean(n, p) ?? false }));

    private static readonly FieldBinder<GenerativeAiModel> ModelFields = new(
        ("name", (r, n, p, m) => m with { Name = r.String(n, p)! }),
        ("filingNumber", (r, n, p, m) => m with { FilingNumber = r.String(n, p)! }),
        ("registeredOn", (r, n, p, m) => m with { RegisteredOn = r.Date(n, p) }),
        ("onlineNumber", (r, n, p, m) => m with { OnlineNumber = r.String(n, p) }));

    // Each record is read with its date beside it (required, so checked after the mapping is read), held in a class:
    // a tuple with a DateOnly? in it made the binder generic code over a struct, compiled on a session's first profile.
    private static readonly FieldBinder<Dated<FilingRecord>> FilingFields = new(
        ("kind", (r, n, p, f) => new(f.Value with { Kind = r.Enum(n, p, ProfileVocabulary.FilingKinds) ?? f.Value.Kind }, f.On)),
        // The number's format (网信算备 + 21 digits + 号) is checked by the filing cmdlets, which explain it.
        ("number", (r, n, p, f) => new(f.Value with { Number = r.String(n, p) }, f.On)),
        ("filedOn", (r, n, p, f) => new(f.Value, r.Date(n, p))));

    private static readonly FieldBinder<Dated<AssessmentRecord>> AssessmentFields = new(
        ("completedOn", (r, n, p, a) => new(a.Value, r.Date(n, p))),
        ("trigger", (r, n, p, a) => new(a.Value with { Trigger = r.Enum(n, p, ProfileVocabulary.EventTypes) ?? a.Value.Trigger }, a.On)),
        ("report", (r, n, p, a) => new(a.Value with { Report = r.String(n, p) }, a.On)));

    private static readonly FieldBinder<Dated<CompletionRecord>> CompletionFields = new(
        // Checked against the catalogue by the schedule, which knows which catalogue version applies.
        ("obligation", (r, n, p, c) => new(c.Value with { ObligationId = r.String(n, p)! }, c.On)),
        ("period", (r, n, p, c) => new(c.Value with { Period = r.String(n, p) }, c.On)),
        ("completedOn", (r, n, p, c) => new(c.Value, r.Date(n, p))),
        ("evidence", (r, n, p, c) => new(c.Value with { Evidence = r.String(n, p) }, c.On)));

    private static readonly FieldBinder<SecurityControls> ControlFields = new(
        ("securityOfficer", (r, n, p, c) => c with { SecurityOfficer = r.Boolean(n, p) }),
        ("contentReviewers", (r, n, p, c) => c with { ContentReviewers = r.Integer(n, p, 0, 1_000_000) }),
        ("realIdentityVerification", (r, n, p, c) => c with { RealIdentityVerification = r.Boolean(n, p) }),
        ("registrationDataRetentionMonths", (r, n, p, c) => c with { RegistrationDataRetentionMonths = r.Integer(n, p, 0, 1200) }),
        ("logRetentionMonths", (r, n, p, c) => c with { LogRetentionMonths = r.Integer(n, p, 0, 1200) }),
        ("loggedFields", (r, n, p, c) => c with { LoggedFields = r.List(n, p, (item, at) => ReadLoggedField(r, item, at), unique: true) }),
        ("illegalInformationHandling", (r, n, p, c) => c with { IllegalInformationHandling = r.Boolean(n, p) }),
        ("personalInformationProtection", (r, n, p, c) => c with { PersonalInformationProtection = r.Boolean(n, p) }),
        ("mobilisationControls", (r, n, p, c) => c with { MobilisationControls = r.Boolean(n, p) }),
        ("complaintChannel", (r, n, p, c) => c with { ComplaintChannel = r.Boolean(n, p) }),
        ("authoritySupportMechanism", (r, n, p, c) => c with { AuthoritySupportMechanism = r.Boolean(n, p) }),
        ("contentLabelling", (r, n, p, c) => c with { ContentLabelling = r.Boolean(n, p) }),
        ("implicitMetadataLabels", (r, n, p, c) => c with { ImplicitMetadataLabels = r.Boolean(n, p) }),
        ("deploymentLocations", (r, n, p, c) => c with { DeploymentLocations = r.List(n, p, r.String, unique: true) }),
        ("licences", (r, n, p, c) => c with { Licences = r.List(n, p, r.String, unique: true) }));

    private static readonly FieldBinder<SchedulePolicy> PolicyFields = new(
        ("algorithmReviewIntervalMonths", (r, n, p, c) => c with { AlgorithmReviewIntervalMonths = r.Integer(n, p, 1, 60) ?? c.AlgorithmReviewIntervalMonths }),
        ("undatedDutyTargetWorkingDays", (r, n, p, c) => c with { UndatedDutyTargetWorkingDays = r.Integer(n, p, 1, 250) ?? c.UndatedDutyTargetWorkingDays }),
        ("reminderLeadDays", (r, n, p, c) => c with { ReminderLeadDays = r.Integer(n, p, 0, 365) ?? c.ReminderLeadDays }),
        ("gatePolicyTargets", (r, n, p, c) => c with { GatePolicyTargets = r.Boolean(n, p) ?? false }),
        ("gateRecommendedStandards", (r, n, p, c) => c with { GateRecommendedStandards = r.Boolean(n, p) ?? false }));

    private readonly NodeReader read;

    public ProfileDocumentReader(ErrorCollector errors)
    {
        read = new NodeReader(errors);
    }

    /// <summary>The service name read from the last document and where it stands, even when the document has other errors.</summary>
    public (string Name, ScalarNode Node)? NameFound { get; private set; }

    /// <summary>Reads a document; null when it has any error (its errors are in the collector).</summary>
    public ServiceProfile? Read(Node root, SourceLocation source)
    {
        NameFound = null;
        var errorsBefore = read.Errors.Count;
        var mapping = root as MappingNode;
        if (mapping is null)
        {
            read.Errors.Add(root, "(document)", $"expected a service profile (a mapping with apiVersion, kind, metadata and spec), got {root.Describe()}");
            return null;
        }

        Node? apiVersionNode = null, kindNode = null, metadataNode = null, specNode = null;
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, string.Empty))
            {
                case null:
                    break;
                case "apiVersion":
                    apiVersionNode = entry.Value;
                    break;
                case "kind":
                    kindNode = entry.Value;
                    break;
                case "metadata":
                    metadataNode = entry.Value;
                    break;
                case "spec":
                    specNode = entry.Value;
                    break;
                case var key:
                    read.UnknownKey(entry, string.Empty, key, RootKeys);
                    break;
            }
        }

        // A document of another version or kind follows other rules: checking its fields against ours would bury
        // the one useful message under noise.
        var apiVersionOk = CheckConstant(mapping, apiVersionNode, "apiVersion", ServiceProfile.ApiVersion);
        var kindOk = CheckConstant(mapping, kindNode, "kind", ServiceProfile.Kind);
        if ((!apiVersionOk && apiVersionNode is not null) || (!kindOk && kindNode is not null))
        {
            return null;
        }

        var metadata = metadataNode is null ? Missing(mapping, "metadata") : ReadMetadata(metadataNode);
        ServiceProfile? profile = null;
        if (specNode is null)
        {
            RequireIfAbsent(mapping, string.Empty, "spec", RootKeys);
        }
        else if (metadata is not null)
        {
            profile = ReadSpec(specNode, metadata with { Source = source });
        }
        else
        {
            ReadSpec(specNode, new ServiceProfile { Name = string.Empty, Provider = new Provider { Name = string.Empty } });
        }

        return read.Errors.Count == errorsBefore ? profile : null;
    }

    private ServiceProfile? Missing(MappingNode mapping, string key)
    {
        RequireIfAbsent(mapping, string.Empty, key, RootKeys);
        return null;
    }

    /// <summary>True when the value is right; false (with an error) when it is missing or wrong.</summary>
    private bool CheckConstant(MappingNode mapping, Node? node, string key, string expected)
    {
        if (node is null)
        {
            RequireIfAbsent(mapping, string.Empty, key, RootKeys);
            return false;
        }

        if (node is ScalarNode { IsNull: false } scalar && string.Equals(scalar.Value, expected, StringComparison.Ordinal))
        {
            return true;
        }

        read.Errors.Add(node, key, $"unsupported {key} {node.Describe()}; expected '{expected}'");
        return false;
    }

    /// <summary>Reads metadata into a profile shell that <see cref="ReadSpec"/> completes.</summary>
    private ServiceProfile? ReadMetadata(Node node)
    {
        const string path = "metadata";
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        string? name = null, displayName = null, description = null;
        IReadOnlyList<string> owners = [], labels = [];
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, path))
            {
                case null:
                    break;
                case "name":
                    name = ReadServiceName(entry.Value);
                    break;
                case "displayName":
                    displayName = read.String(entry.Value, "metadata.displayName");
                    break;
                case "description":
                    description = read.String(entry.Value, "metadata.description");
                    break;
                case "owners":
                    owners = read.List(entry.Value, "metadata.owners", ReadOwner, unique: true);
                    break;
                case "labels":
                    labels = read.List(entry.Value, "metadata.labels", ReadLabel, unique: true);
                    break;
                case var key:
                    read.UnknownKey(entry, path, key, MetadataKeys);
                    break;
            }
        }

        if (name is null)
        {
            RequireIfAbsent(mapping, path, "name", MetadataKeys);

            return null;
        }

        return new ServiceProfile
        {
            Name = name,
            DisplayName = displayName,
            Description = description,
            Owners = owners,
            Labels = labels,
            Provider = new Provider { Name = string.Empty },
        };
    }

    private string? ReadServiceName(Node node)
    {
        const string path = "metadata.name";
        var name = read.String(node, path);
        if (name is null)
        {
            return null;
        }

        NameFound = (name, (ScalarNode)node);
        if (!ProfilePatterns.IsServiceName(name))
        {
            read.Errors.Add(node, path, $"expected lower-case letters, digits and dashes (at most 63, starting and ending with a letter or digit), got {NodeReader.Quote(name)}");
            return null;
        }

        return name;
    }

    private string? ReadOwner(Node node, string path)
    {
        var owner = read.String(node, path);
        if (owner is not null && !ProfilePatterns.IsOwner(owner))
        {
            read.Errors.Add(node, path, $"expected a GitHub login (alice or @alice) or team (@org/team), got {NodeReader.Quote(owner)}");
            return null;
        }

        return owner;
    }

    /// <summary>Labels become GitHub issue labels, which GitHub caps at 50 characters.</summary>
    private string? ReadLabel(Node node, string path)
    {
        var label = read.String(node, path);
        if (label is { Length: > 50 })
        {
            read.Errors.Add(node, path, $"expected a label of at most 50 characters, got {label.Length} characters");
            return null;
        }

        return label;
    }

    private ServiceProfile? ReadSpec(Node node, ServiceProfile shell)
    {
        const string path = "spec";
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var profile = shell;
        Provider? provider = null;
        bool? publicInPrc = null;
        Node? publicInPrcNode = null;
        foreach (var entry in mapping.Entries)
        {
            var key = read.Key(entry, path);
            var value = entry.Value;
            switch (key)
            {
                case null:
                    break;
                case "provider":
                    provider = ReadProvider(value);
                    break;
                case "publicInPrc":
                    publicInPrc = read.Boolean(value, "spec.publicInPrc");
                    publicInPrcNode = value;
                    break;
                case "offeredInPrc":
                    profile = profile with { OfferedInPrc = read.Boolean(value, "spec.offeredInPrc") ?? true };
                    break;
                case "generativeAiModel":
                    profile = profile with { GenerativeAiModel = ReadModel(value) };
                    break;
                case "technologies":
                    profile = profile with { Technologies = ReadTechnologies(value) ?? profile.Technologies };
                    break;
                case "features":
                    profile = profile with { Features = read.List(value, "spec.features", ReadFeature, unique: true) };
                    break;
                case "audiences":
                    profile = profile with { Audiences = read.EnumList(value, "spec.audiences", ProfileVocabulary.Audiences) };
                    break;
                case "biometricEditing":
                    profile = profile with { BiometricEditing = read.Boolean(value, "spec.biometricEditing") ?? false };
                    break;
                case "newsService":
                    profile = profile with { NewsService = read.Boolean(value, "spec.newsService") ?? false };
                    break;
                case "unlabelledContentOnRequest":
                    profile = profile with { UnlabelledContentOnRequest = read.Boolean(value, "spec.unlabelledContentOnRequest") ?? false };
                    break;
                case "launchedOn":
                    profile = profile with { LaunchedOn = read.Date(value, "spec.launchedOn") };
                    break;
                case "events":
                    profile = profile with { Events = read.List(value, "spec.events", ReadEvent) };
                    break;
                case "filings":
                    profile = profile with { Filings = read.List(value, "spec.filings", ReadFiling) };
                    break;
                case "assessments":
                    profile = profile with { Assessments = read.List(value, "spec.assessments", ReadAssessment) };
                    break;
                case "ethics":
                    profile = profile with { Ethics = ReadEthics(value) ?? EthicsRecords.None };
                    break;
                case "controls":
                    profile = profile with { Controls = ReadControls(value) ?? SecurityControls.None };
                    break;
                case "policy":
                    profile = profile with { Policy = ReadPolicy(value) ?? SchedulePolicy.Default };
                    break;
                case "completed":
                    profile = profile with { Completed = read.List(value, "spec.completed", ReadCompletion) };
                    break;
                default:
                    read.UnknownKey(entry, path, key, SpecKeys);
                    break;
            }
        }

        RequireIfAbsent(mapping, path, "provider", SpecKeys);
        RequireIfAbsent(mapping, path, "publicInPrc", SpecKeys);
        if (!profile.OfferedInPrc && publicInPrc == true && publicInPrcNode is not null)
        {
            read.Errors.Add(publicInPrcNode, "spec.publicInPrc", "true contradicts spec.offeredInPrc: false; a service offered to the public within the PRC is offered within the PRC");
        }

        return provider is null || publicInPrc is null ? null : profile with { Provider = provider, PublicInPrc = publicInPrc.Value };
    }

    private Provider? ReadProvider(Node node)
    {
        const string path = "spec.provider";
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        string? name = null, creditCode = null;
        IReadOnlyList<ObligorRole>? roles = null;
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, path))
            {
                case null:
                    break;
                case "name":
                    name = read.String(entry.Value, "spec.provider.name");
                    break;
                case "creditCode":
                    creditCode = ReadCreditCode(entry.Value);
                    break;
                case "roles":
                    roles = read.EnumList(entry.Value, "spec.provider.roles", ProfileVocabulary.Roles);
                    if (roles.Count == 0 && entry.Value is SequenceNode { Items.Count: 0 })
                    {
                        // Every obligation binds a role: a provider with none would silently match nothing.
                        read.Errors.Add(entry.Value, "spec.provider.roles", $"expected at least one of: {ProfileVocabulary.Roles.NameList}");
                    }

                    break;
                case var key:
                    read.UnknownKey(entry, path, key, ProviderKeys);
                    break;
            }
        }

        RequireIfAbsent(mapping, path, "name", ProviderKeys);
        RequireIfAbsent(mapping, path, "roles", ProviderKeys);
        return name is null || roles is null ? null : new Provider { Name = name, CreditCode = creditCode, Roles = roles };
    }

    private string? ReadCreditCode(Node node)
    {
        const string path = "spec.provider.creditCode";
        var code = read.String(node, path);
        if (code is not null && !ProfilePatterns.IsCreditCode(code))
        {
            read.Errors.Add(node, path, $"expected an 18-character unified social credit code (digits and capital letters except I, O, Z, S, V), got {NodeReader.Quote(code)}");
            return null;
        }

        if (code is not null && UnifiedSocialCreditCode.Problem(code) is { } problem)
        {
            read.Errors.Add(node, path, $"{NodeReader.Quote(code)} is not a valid unified social credit code: {problem}");
            return null;
        }

        return code;
    }

    private ServiceTechnologies? ReadTechnologies(Node node) =>
        read.Mapping(node, "spec.technologies") is { } mapping ? TechnologyFields.Bind(read, mapping, "spec.technologies", new ServiceTechnologies()) : null;

    private string? ReadFeature(Node node, string path)
    {
        var feature = read.String(node, path);
        if (feature is null || FeatureVocabulary.TryGet(feature, out _))
        {
            return feature;
        }

        var suggestion = Suggestions.Closest(feature, FeatureVocabulary.Ids);
        read.Errors.Add(node, path, suggestion is null
            ? $"unknown feature {NodeReader.Quote(feature)}; expected one of: {string.Join(", ", FeatureVocabulary.Ids)}"
            : $"unknown feature {NodeReader.Quote(feature)}. Did you mean '{suggestion}'?");
        return null;
    }

    private ServiceEvent? ReadEvent(Node node, string path)
    {
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        ServiceEventType? type = null;
        DateOnly? date = null;
        string? feature = null, note = null;
        Node? featureNode = null;
        var errorsBefore = read.Errors.Count;
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, path))
            {
                case null:
                    break;
                case "type":
                    type = read.Enum(entry.Value, NodeReader.Join(path, "type"), ProfileVocabulary.EventTypes);
                    break;
                case "date":
                    date = read.Date(entry.Value, NodeReader.Join(path, "date"));
                    break;
                case "feature":
                    featureNode = entry.Value;
                    feature = ReadFeature(entry.Value, NodeReader.Join(path, "feature"));
                    break;
                case "note":
                    note = read.String(entry.Value, NodeReader.Join(path, "note"));
                    break;
                case var key:
                    read.UnknownKey(entry, path, key, EventKeys);
                    break;
            }
        }

        RequireIfAbsent(mapping, path, "type", EventKeys);
        RequireIfAbsent(mapping, path, "date", EventKeys);

        // The feature says which function with public-opinion attributes was added (SA2018 Art. 3(1)); on any
        // other event it would be silently ignored, so it is refused instead.
        if (featureNode is not null && type is { } eventType && eventType != ServiceEventType.FunctionAdded)
        {
            read.Errors.Add(featureNode, NodeReader.Join(path, "feature"), $"a feature is only allowed on function-added events, not on {ProfileVocabulary.EventTypes.ToName(eventType)}");
        }

        return read.Errors.Count != errorsBefore || type is null || date is null
            ? null
            : new ServiceEvent { Type = type.Value, Date = date.Value, Feature = feature, Note = note };
    }

    private GenerativeAiModel? ReadModel(Node node)
    {
        const string path = "spec.generativeAiModel";
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var model = ModelFields.Bind(read, mapping, path, new GenerativeAiModel { Name = null!, FilingNumber = null! });
        RequireIfAbsent(mapping, path, "name", ModelFields.Keys);
        RequireIfAbsent(mapping, path, "filingNumber", ModelFields.Keys);
        return model.Name is null || model.FilingNumber is null ? null : model;
    }

    private FilingRecord? ReadFiling(Node node, string path)
    {
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var (filing, filedOn) = FilingFields.Bind(read, mapping, path, new(new FilingRecord { Kind = FilingKind.New, FiledOn = default }, null));
        RequireIfAbsent(mapping, path, "filedOn", FilingFields.Keys);
        return filedOn is { } date ? filing with { FiledOn = date } : null;
    }

    private AssessmentRecord? ReadAssessment(Node node, string path)
    {
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var (assessment, completedOn) = AssessmentFields.Bind(read, mapping, path, new(new AssessmentRecord { Trigger = ServiceEventType.Launched, CompletedOn = default }, null));
        RequireIfAbsent(mapping, path, "completedOn", AssessmentFields.Keys);
        return completedOn is { } date ? assessment with { CompletedOn = date } : null;
    }

    private EthicsRecords? ReadEthics(Node node)
    {
        const string path = "spec.ethics";
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var ethics = new EthicsRecords();
        Node? registeredNode = null;
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, path))
            {
                case null:
                    break;
                case "committeeEstablishedOn":
                    ethics = ethics with { CommitteeEstablishedOn = read.Date(entry.Value, "spec.ethics.committeeEstablishedOn") };
                    break;
                case "committeeRegisteredOn":
                    registeredNode = entry.Value;
                    ethics = ethics with { CommitteeRegisteredOn = read.Date(entry.Value, "spec.ethics.committeeRegisteredOn") };
                    break;
                case "annualReportsSubmitted":
                    ethics = ethics with
                    {
                        AnnualReportsSubmitted = read.ValueList(entry.Value, "spec.ethics.annualReportsSubmitted", (n, p) => read.Integer(n, p, 2000, 2099), unique: true),
                    };
                    break;
                case "activities":
                    ethics = ethics with { Activities = read.List(entry.Value, "spec.ethics.activities", ReadActivity) };
                    break;
                case var key:
                    read.UnknownKey(entry, path, key, EthicsKeys);
                    break;
            }
        }

        // A committee cannot be registered before it exists; such a pair is a typo that would hide a registration deadline.
        if (ethics is { CommitteeEstablishedOn: { } established, CommitteeRegisteredOn: { } registered } && registered < established)
        {
            read.Errors.Add(registeredNode!, "spec.ethics.committeeRegisteredOn", $"expected a date on or after committeeEstablishedOn ({Format(established)}), got '{Format(registered)}'");
        }

        return ethics;
    }

    private EthicsActivity? ReadActivity(Node node, string path)
    {
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        string? name = null;
        DateOnly? approvedOn = null, registeredOn = null;
        var onList = false;
        IReadOnlyList<DateOnly> followUps = [];
        Node? registeredNode = null;
        foreach (var entry in mapping.Entries)
        {
            switch (read.Key(entry, path))
            {
                case null:
                    break;
                case "name":
                    name = read.String(entry.Value, NodeReader.Join(path, "name"));
                    break;
                case "approvedOn":
                    approvedOn = read.Date(entry.Value, NodeReader.Join(path, "approvedOn"));
                    break;
                case "onExpertReviewList":
                    onList = read.Boolean(entry.Value, NodeReader.Join(path, "onExpertReviewList")) ?? false;
                    break;
                case "registeredOn":
                    registeredNode = entry.Value;
                    registeredOn = read.Date(entry.Value, NodeReader.Join(path, "registeredOn"));
                    break;
                case "followUpReviews":
                    followUps = read.ValueList(entry.Value, NodeReader.Join(path, "followUpReviews"), read.Date, unique: true);
                    break;
                case var key:
                    read.UnknownKey(entry, path, key, ActivityKeys);
                    break;
            }
        }

        RequireIfAbsent(mapping, path, "name", ActivityKeys);
        RequireIfAbsent(mapping, path, "approvedOn", ActivityKeys);
        if (approvedOn is { } approved && registeredOn is { } registered && registered < approved)
        {
            read.Errors.Add(registeredNode!, NodeReader.Join(path, "registeredOn"), $"expected a date on or after approvedOn ({Format(approved)}), got '{Format(registered)}'");
        }

        return name is null || approvedOn is null
            ? null
            : new EthicsActivity { Name = name, ApprovedOn = approvedOn.Value, OnExpertReviewList = onList, RegisteredOn = registeredOn, FollowUpReviews = followUps };
    }

    private SecurityControls? ReadControls(Node node) =>
        read.Mapping(node, "spec.controls") is { } mapping ? ControlFields.Bind(read, mapping, "spec.controls", new SecurityControls()) : null;

    private static string? ReadLoggedField(NodeReader read, Node node, string path)
    {
        if (node is ScalarNode { IsNull: false } scalar)
        {
            if (ProfileVocabulary.LoggedFieldSet.Contains(scalar.Value))
            {
                return scalar.Value;
            }

            read.Errors.Add(node, path, $"expected one of: {ProfileVocabulary.LoggedFieldList}; got {NodeReader.Quote(scalar.Value)}.{NodeReader.DidYouMean(scalar.Value, ProfileVocabulary.LoggedFields)}");
            return null;
        }

        read.Errors.Add(node, path, $"expected one of: {ProfileVocabulary.LoggedFieldList}; got {node.Describe()}");
        return null;
    }

    private SchedulePolicy? ReadPolicy(Node node) =>
        read.Mapping(node, "spec.policy") is { } mapping ? PolicyFields.Bind(read, mapping, "spec.policy", new SchedulePolicy()) : null;

    private CompletionRecord? ReadCompletion(Node node, string path)
    {
        if (read.Mapping(node, path) is not { } mapping)
        {
            return null;
        }

        var (completion, completedOn) = CompletionFields.Bind(read, mapping, path, new(new CompletionRecord { ObligationId = null!, CompletedOn = default }, null));
        RequireIfAbsent(mapping, path, "obligation", CompletionFields.Keys);
        RequireIfAbsent(mapping, path, "completedOn", CompletionFields.Keys);
        return completion.ObligationId is null || completedOn is not { } date ? null : completion with { CompletedOn = date };
    }

    /// <summary>
    /// Reports a required key only when it is absent. A present but wrong value already has its own error, and so
    /// does a misspelt key whose suggestion is this one: one typo gives one message.
    /// </summary>
    private void RequireIfAbsent(MappingNode mapping, string path, string key, IReadOnlyList<string> known)
    {
        foreach (var entry in mapping.Entries)
        {
            if (entry.Key is ScalarNode scalar
                && (string.Equals(scalar.Value, key, StringComparison.Ordinal)
                    || (!known.Contains(scalar.Value) && string.Equals(Suggestions.Closest(scalar.Value, known), key, StringComparison.Ordinal))))
            {
                return;
            }
        }

        read.Missing(mapping, path, key);
    }

    private static string Format(DateOnly date) => date.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture);
}
