using System.Globalization;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Assessments;

/// <summary>Checks the declared controls of a profile against each focus item.</summary>
internal static class FocusItemEvaluator
{
    public static IReadOnlyList<ControlCheck> Checks(FocusItem item, SecurityControls c) => item.Id switch
    {
        "security-management" =>
        [
            Flag("controls.securityOfficer", c.SecurityOfficer, "a designated person in charge of security management",
                "Designate a security officer and declare controls.securityOfficer: true."),
            AtLeast("controls.contentReviewers", c.ContentReviewers, 1, "content reviewers in proportion to the service",
                "Staff content review in proportion to the service and declare controls.contentReviewers."),
        ],
        "real-identity" =>
        [
            Flag("controls.realIdentityVerification", c.RealIdentityVerification, "users' real identity verified",
                "Verify users' real identity (mobile number, ID, credit code or the national network identity service) and declare controls.realIdentityVerification: true."),
            AtLeast("controls.registrationDataRetentionMonths", c.RegistrationDataRetentionMonths, 1, "registration data retained (no minimum period found in the sources [NOT FOUND])",
                "Retain registration data and declare controls.registrationDataRetentionMonths."),
        ],
        "log-records" => [LoggedFields(c.LoggedFields), LogRetention(c.LogRetentionMonths)],
        "illegal-information" =>
        [
            Flag("controls.illegalInformationHandling", c.IllegalInformationHandling,
                "illegal information prevented and handled in names, profiles and every posting function, with records",
                "Screen and handle illegal information in account and group names, nicknames, profiles and every posting, forwarding and comment function; keep records; declare controls.illegalInformationHandling: true."),
        ],
        "pi-and-mobilisation" =>
        [
            Flag("controls.personalInformationProtection", c.PersonalInformationProtection, "technical measures protecting personal information",
                "Put personal-information protection measures in place and declare controls.personalInformationProtection: true."),
            Flag("controls.mobilisationControls", c.MobilisationControls, "technical measures against loss of control of social-mobilisation functions",
                "Add controls (rate limits, review, kill switches) over mobilisation functions and declare controls.mobilisationControls: true."),
        ],
        "complaints-and-support" =>
        [
            Flag("controls.complaintChannel", c.ComplaintChannel, "a published complaint and report channel, handled promptly",
                "Publish a complaint and report channel with a handling process and feedback time and declare controls.complaintChannel: true."),
            Flag("controls.authoritySupportMechanism", c.AuthoritySupportMechanism, "a mechanism giving the CAC, public-security and state-security organs technical and data support",
                "Set up a working mechanism (contact, procedure) to support the authorities and declare controls.authoritySupportMechanism: true."),
        ],
        "ai-content-labelling" =>
        [
            Flag("controls.contentLabelling", c.ContentLabelling, "explicit labels on generated content",
                $"Add explicit labels to generated content ({AssessmentCitations.ExplicitLabels.Display}) and declare controls.contentLabelling: true.", AssessmentCitations.ExplicitLabels),
            Flag("controls.implicitMetadataLabels", c.ImplicitMetadataLabels, "implicit labels in file metadata",
                $"Write implicit metadata labels ({AssessmentCitations.ImplicitLabels.Display}; GB 45438-2025) and declare controls.implicitMetadataLabels: true.", AssessmentCitations.ImplicitLabels),
        ],
        _ => [],
    };

    /// <summary>The worst status of the checks: a gap outranks an undeclared control, which outranks met.</summary>
    public static FindingStatus Worst(IReadOnlyList<ControlCheck> checks) =>
        checks.Any(c => c.Status == FindingStatus.Gap) ? FindingStatus.Gap
        : checks.Any(c => c.Status == FindingStatus.NotDeclared) ? FindingStatus.NotDeclared
        : FindingStatus.Met;

    private static ControlCheck Flag(string field, bool? value, string requirement, string remedy, params SourceCitation[] citations) => new()
    {
        Field = field,
        Requirement = requirement,
        Declared = value?.ToString().ToLowerInvariant(),
        Status = value switch { true => FindingStatus.Met, false => FindingStatus.Gap, null => FindingStatus.NotDeclared },
        Problem = value switch { false => $"{field} is false: no {requirement}.", null => $"{field} is not declared.", _ => null },
        Remedy = value == true ? null : remedy,
        Citations = citations,
    };

    private static ControlCheck AtLeast(string field, int? value, int minimum, string requirement, string remedy) => new()
    {
        Field = field,
        Requirement = requirement,
        Declared = value?.ToString(CultureInfo.InvariantCulture),
        Status = value is null ? FindingStatus.NotDeclared : value >= minimum ? FindingStatus.Met : FindingStatus.Gap,
        Problem = value is null ? $"{field} is not declared." : value < minimum ? $"{field} is {value}: no {requirement}." : null,
        Remedy = value >= minimum ? null : remedy,
    };

    private static ControlCheck LoggedFields(IReadOnlyList<string> declared)
    {
        const string Field = "controls.loggedFields";
        var requirement = "logs keep " + string.Join(", ", LogFields.Required);
        if (declared.Count == 0)
        {
            return new ControlCheck
            {
                Field = Field, Requirement = requirement, Status = FindingStatus.NotDeclared,
                Problem = $"{Field} is not declared.", Remedy = $"Log {string.Join(", ", LogFields.Required)} and list them in {Field}.",
            };
        }

        var missing = LogFields.Required.Except(declared, StringComparer.OrdinalIgnoreCase).ToList();
        return new ControlCheck
        {
            Field = Field,
            Requirement = requirement,
            Declared = string.Join(", ", declared),
            Status = missing.Count == 0 ? FindingStatus.Met : FindingStatus.Gap,
            Problem = missing.Count == 0 ? null : $"Logs do not keep: {string.Join(", ", missing)}.",
            Remedy = missing.Count == 0 ? null : $"Add {string.Join(", ", missing)} to the logs and to {Field}.",
        };
    }

    private static ControlCheck LogRetention(int? months)
    {
        const string Field = "controls.logRetentionMonths";
        var min = LogFields.MinimumRetentionMonths;
        return new ControlCheck
        {
            Field = Field,
            Requirement = $"network logs kept at least {min} months",
            Declared = months?.ToString(CultureInfo.InvariantCulture),
            Status = months is null ? FindingStatus.NotDeclared : months >= min ? FindingStatus.Met : FindingStatus.Gap,
            Problem = months is null ? $"{Field} is not declared." : months < min ? $"Logs are kept {months} months, less than the {min} months {AssessmentCitations.LogRetention2016.Display} requires ({AssessmentCitations.LogRetention2025.Display} from {Catalogue.ObligationCatalogue.Default.GetRegulation(AssessmentCitations.LogRetention2025.RegulationId).EffectiveOn:yyyy-MM-dd} {ConfidenceMarks.Of(AssessmentCitations.LogRetention2025.Confidence)})." : null,
            Remedy = months >= min ? null : $"Keep network logs for at least {min} months and set {Field} to {min} or more.",
            Citations = [AssessmentCitations.LogRetention2016, AssessmentCitations.LogRetention2025],
        };
    }
}
