using AiRegOps.Core.Calendar;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.IO;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Reports;

namespace AiRegOps.Core.Filings;

/// <summary>
/// Builds a <see cref="FilingPackage"/> from a profile and/or parameters. Values come from the request first, then
/// the profile; anything else is left empty and listed as missing. Pure: writes nothing.
/// </summary>
public static class FilingPackageBuilder
{
    private const string Parameter = "parameter";
    private const string FromProfile = "profile";
    private const string Generated = "generated";

    /// <exception cref="ComplianceInputException">A filing number (given or in the profile) is malformed, or there is no service name.</exception>
    public static FilingPackage Build(ServiceProfile? profile, FilingRequest request, DateOnly preparedOn, PeriodCalculator? periods = null)
    {
        ArgumentNullException.ThrowIfNull(request);
        var service = request.ServiceName ?? profile?.Name;
        if (string.IsNullOrWhiteSpace(service))
        {
            throw new ComplianceInputException("-ServiceName", "a service name (or a service profile on the pipeline)");
        }

        var route = FilingRoutes.For(profile, request.Kind, request.Role);
        var eventDate = EventDate(profile, request);
        var deadline = eventDate is { } date && !route.OutOfScope ? FilingDeadlines.Compute(request.Kind, date, route, periods) : null;
        var fields = Fields(profile, request, route, eventDate);
        var warnings = new List<string>(route.Notes);
        if (deadline is not null)
        {
            warnings.AddRange(deadline.Period.Warnings.Select(w => $"未载入{w.Year}年国务院节假日安排通知，期限按未调整的工作日计算；通知发布后请用 -HolidayFile 添加。 / {w.Message}"));
            // A filing the profile already records is not late: the package documents it, it does not announce a breach.
            var made = profile?.Filings.Where(f => f.Kind == request.Kind && (eventDate is null || f.FiledOn >= eventDate)).OrderBy(f => f.FiledOn).FirstOrDefault();
            if (made is not null)
            {
                var number = made.Number is null ? string.Empty : $" ({made.Number})";
                warnings.Add($"服务画像记载该备案已于 {Iso.Date(made.FiledOn)}{number} 完成；本材料用于存档。 / The profile records this filing as made on {Iso.Date(made.FiledOn)}{number}; the package documents it.");
            }
            else if (deadline.DueDate < preparedOn && route.Required)
            {
                var penalty = ObligationCatalogue.Default.GetObligation(FilingCitations.ObligationFor(request.Kind)).Penalty;
                warnings.Add($"该备案应于 {deadline.DueDate:yyyy-MM-dd} 前完成（{deadline.DescriptionZh}），现已逾期。" +
                    (penalty is null ? string.Empty : $"罚则见{penalty.Source.Display}。") +
                    $" / The filing was due on {deadline.DueDate:yyyy-MM-dd} ({deadline.Description}); it is late." +
                    (penalty is null ? string.Empty : $" {penalty.Source.Display} provides for {penalty.Text}."));
            }
        }

        var package = new FilingPackage
        {
            Service = service,
            Kind = request.Kind,
            Fields = fields,
            Route = route,
            Deadline = deadline,
            PreparedOn = preparedOn,
            Files = [],
            Warnings = warnings,
        };
        return package with
        {
            Files =
            [
                new OutputFile("filing.json", FilingJsonRenderer.Render(package)),
                new OutputFile("filing.md", FilingMarkdownRenderer.Render(package)),
                new OutputFile("self-assessment.md", SelfAssessmentTemplate.Render(package, profile)),
                new OutputFile("disclosure.md", DisclosureDraft.Render(package, RecordedNumber(profile))),
            ],
        };
    }

    private static DateOnly? EventDate(ServiceProfile? profile, FilingRequest request)
    {
        if (request.EventDate is { } given)
        {
            return given;
        }

        if (profile is null)
        {
            return null;
        }

        var type = request.Kind switch
        {
            FilingKind.Change => ServiceEventType.FilingInformationChanged,
            FilingKind.Cancel => ServiceEventType.ServiceTerminated,
            _ => ServiceEventType.Launched,
        };
        var events = profile.AllEvents().Where(e => e.Type == type).ToList();

        // The first launch starts the new filing; the latest change or termination is the one being filed.
        return request.Kind == FilingKind.New ? events.FirstOrDefault()?.Date : events.LastOrDefault()?.Date;
    }

    private static List<FilingField> Fields(ServiceProfile? profile, FilingRequest request, FilingRoute route, DateOnly? eventDate)
    {
        var kind = request.Kind;
        var cancel = kind == FilingKind.Cancel;
        var types = request.AlgorithmTypes ?? profile?.Technologies.EffectiveAlgorithmTypes ?? [];
        var disclosure = request.Disclosure ?? new FilingDisclosure();
        var fields = new List<FilingField>
        {
            Field("providerName", "服务提供者名称", "Name of the service provider", request.ProviderName, profile?.Provider.Name,
                "profile provider.name or -ProviderName", FilingCitations.NewFiling, howZh: "服务画像 provider.name 或参数 -ProviderName"),
            new()
            {
                Key = "filerRole", LabelZh = "备案主体类型", LabelEn = "Filer role", Value = FilingNames.Of(route.FilerRole) + (route.ByReference ? $"，参照履行（{FilingCitations.SupporterByReference.Display}） / by reference" : string.Empty),
                Origin = Generated,
            },
            Field("serviceName", "服务名称", "Name of the service", request.ServiceName, profile?.DisplayName ?? profile?.Name, "profile displayName or -ServiceName", null, howZh: "服务画像 displayName 或参数 -ServiceName"),
            Field("serviceForm", "服务形式", "Service form", request.ServiceForm, null, "-ServiceForm", FilingCitations.NewFiling, required: !cancel, howZh: "参数 -ServiceForm"),
            Field("applicationField", "应用领域", "Application field", request.ApplicationField, null, "-ApplicationField", FilingCitations.NewFiling, required: !cancel, howZh: "参数 -ApplicationField"),
            new()
            {
                Key = "algorithmTypes", LabelZh = "算法类型", LabelEn = $"Algorithm types ({FilingCitations.AlgorithmTypes.Display})",
                Value = types.Count == 0 ? null : string.Join("；", types.Distinct().Select(FilingNames.Of)),
                Origin = request.AlgorithmTypes is not null ? Parameter : FromProfile,
                HowToSupply = "profile technologies.algorithms or -AlgorithmType", HowToSupplyZh = "服务画像 technologies.algorithms 或参数 -AlgorithmType", Basis = FilingCitations.AlgorithmTypes, Required = !cancel,
            },
            new()
            {
                Key = "products", LabelZh = "应用产品", LabelEn = "Products the algorithm runs in (app, website, mini program, API)",
                Value = Products(request), Origin = Parameter, HowToSupply = "-Product App,Website,MiniProgram,Api (and -ProductName)", HowToSupplyZh = "参数 -Product App,Website,MiniProgram,Api（及 -ProductName）",
                Required = !cancel,
            },
            new()
            {
                Key = "selfAssessmentReport", LabelZh = "算法自评估报告", LabelEn = "Algorithm self-assessment report",
                Value = cancel ? null : "self-assessment.md（依据服务画像预填的模板，请补全所有【待填写】） / template pre-filled from the profile; complete every 【待填写】",
                Origin = Generated, Basis = FilingCitations.NewFiling, Required = !cancel,
            },
            Field("disclosureBasicPrinciples", "拟公示内容：基本原理", "To be made public: basic principles", disclosure.BasicPrinciples, null,
                "-BasicPrinciples", FilingCitations.Disclosure, required: !cancel, howZh: "参数 -BasicPrinciples"),
            Field("disclosurePurpose", "拟公示内容：目的意图", "To be made public: purpose", disclosure.Purpose, null,
                "-Purpose", FilingCitations.Disclosure, required: !cancel, howZh: "参数 -Purpose"),
            Field("disclosureMainMechanism", "拟公示内容：主要运行机制", "To be made public: main operating mechanism", disclosure.MainMechanism, null,
                "-MainMechanism", FilingCitations.Disclosure, required: !cancel, howZh: "参数 -MainMechanism"),
        };

        var (dateZh, dateEn) = kind switch
        {
            FilingKind.Change => ("变更日期", "Date of the change"),
            FilingKind.Cancel => ("终止服务日期", "Date the service terminated"),
            _ => ("提供服务之日", "Date the service was first provided"),
        };
        fields.Add(new FilingField
        {
            Key = "eventDate", LabelZh = dateZh, LabelEn = dateEn, Value = eventDate is { } d ? Iso.Date(d) : null,
            Origin = request.EventDate is not null ? Parameter : FromProfile, Basis = FilingCitations.For(kind),
            HowToSupply = kind == FilingKind.New ? "profile launchedOn or -EventDate" : "a profile event (filing-information-changed / service-terminated) or -EventDate",
            HowToSupplyZh = kind == FilingKind.New ? "服务画像 launchedOn 或参数 -EventDate" : "服务画像中的事件（filing-information-changed / service-terminated）或参数 -EventDate",
        });

        if (kind != FilingKind.New)
        {
            fields.Add(Field("filingNumber", "备案编号", "Filing number", ExistingNumber(profile, request), null,
                "-ExistingFilingNumber or a profile filing with a number", FilingCitations.For(kind), howZh: "参数 -ExistingFilingNumber 或服务画像中带编号的备案记录"));
        }

        if (kind == FilingKind.Change)
        {
            fields.Add(Field("changeSummary", "变更内容", "What changed", request.ChangeSummary, null, "-ChangeSummary", FilingCitations.ChangeFiling, howZh: "参数 -ChangeSummary"));
        }

        if (cancel)
        {
            fields.Add(Field("terminationArrangements", "妥善安排", "Arrangements made for users", request.TerminationArrangements, null,
                "-TerminationArrangements", FilingCitations.CancelFiling, howZh: "参数 -TerminationArrangements"));
        }

        return fields;
    }

    private static FilingField Field(string key, string zh, string en, string? given, string? fromProfile, string how, SourceCitation? basis, bool required = true, string? howZh = null) => new()
    {
        Key = key,
        LabelZh = zh,
        LabelEn = en,
        Value = string.IsNullOrWhiteSpace(given) ? (string.IsNullOrWhiteSpace(fromProfile) ? null : fromProfile) : given,
        Origin = !string.IsNullOrWhiteSpace(given) ? Parameter : !string.IsNullOrWhiteSpace(fromProfile) ? FromProfile : null,
        HowToSupply = how,
        HowToSupplyZh = howZh,
        Basis = basis,
        Required = required,
    };

    private static string? Products(FilingRequest request)
    {
        if (request.Products.Count == 0)
        {
            return null;
        }

        var names = string.Join("；", request.Products.Distinct().Select(FilingNames.Of));
        return request.ProductNames.Count == 0 ? names : $"{names}: {string.Join(", ", request.ProductNames)}";
    }

    // A malformed number is bad input, not missing information: it fails loudly instead of being filed.
    /// <summary>The number of the latest filing the profile records, if any (for the disclosure).</summary>
    private static string? RecordedNumber(ServiceProfile? profile) =>
        profile?.Filings.Where(f => f.Number is not null).OrderBy(f => f.FiledOn).LastOrDefault()?.Number;

    private static string? ExistingNumber(ServiceProfile? profile, FilingRequest request)
    {
        if (!string.IsNullOrWhiteSpace(request.ExistingFilingNumber))
        {
            return FilingNumber.Parse(request.ExistingFilingNumber, "-ExistingFilingNumber").Value;
        }

        var recorded = profile?.Filings.Where(f => f.Number is not null).OrderBy(f => f.FiledOn).LastOrDefault();
        return recorded is null ? null : FilingNumber.Parse(recorded.Number, $"{profile!.Source?.ToString() ?? profile.Name}: filings[].number").Value;
    }
}
