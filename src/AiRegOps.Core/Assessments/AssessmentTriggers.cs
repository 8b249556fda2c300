using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Assessments;

/// <summary>
/// Finds the triggers of a security assessment in a profile: SA2018 Art. 3(1)-(4) for services with public-opinion
/// attributes, 3(5) for any written notice, DSP Art. 20 and 15(2) for deep synthesis, GAIM Art. 17 for generative AI.
/// Each trigger is answered by an assessment record of the same trigger type, consumed in date order.
/// </summary>
public static class AssessmentTriggers
{
    public static IReadOnlyList<AssessmentTrigger> Find(ServiceProfile profile, PublicOpinionResult publicOpinion)
    {
        ArgumentNullException.ThrowIfNull(profile);
        ArgumentNullException.ThrowIfNull(publicOpinion);
        // A generative AI service offered to the public is assessed as the CAC applies GAIM Art. 17 (see the catalogue).
        var attributes = publicOpinion.HasPublicOpinionAttributes || (profile.Technologies.GenerativeAi && profile.PublicInPrc);
        var technologies = profile.Technologies;
        var unused = profile.Assessments.OrderBy(a => a.CompletedOn).ToList();
        var triggers = new List<AssessmentTrigger>();
        var events = profile.AllEvents();
        var launched = events.Any(e => e.Type == ServiceEventType.Launched);

        if (attributes && !launched)
        {
            triggers.Add(Trigger(AssessmentTriggerKind.Launch, null, "before the service goes online", ServiceEventType.Launched, Answer(unused, ServiceEventType.Launched)));
        }

        foreach (var e in events)
        {
            var date = e.Date;
            switch (e.Type)
            {
                case ServiceEventType.Launched when attributes:
                    var launch = Answer(unused, ServiceEventType.Launched);
                    triggers.Add(Trigger(AssessmentTriggerKind.Launch, date, "the service went online", ServiceEventType.Launched, launch));
                    AddAiRoutes(triggers, technologies, date, launch);
                    break;
                case ServiceEventType.FunctionAdded when attributes && AddsPublicChannel(e):
                    var added = Answer(unused, ServiceEventType.FunctionAdded);
                    triggers.Add(Trigger(AssessmentTriggerKind.FunctionAdded, date, $"function added: {e.Feature ?? e.Note ?? "unnamed"}", ServiceEventType.FunctionAdded, added));
                    AddAiRoutes(triggers, technologies, date, added);
                    break;
                case ServiceEventType.MaterialTechnicalChange when attributes:
                    triggers.Add(Trigger(AssessmentTriggerKind.MaterialTechnicalChange, date, e.Note ?? "material change from new technology", e.Type, Answer(unused, e.Type)));
                    break;
                case ServiceEventType.SignificantUserGrowth when attributes:
                    triggers.Add(Trigger(AssessmentTriggerKind.SignificantUserGrowth, date, e.Note ?? "significant user growth", e.Type, Answer(unused, e.Type)));
                    break;
                case ServiceEventType.HarmfulInformationIncident when attributes:
                    triggers.Add(Trigger(AssessmentTriggerKind.HarmfulInformationIncident, date, e.Note ?? "illegal or harmful information spread", e.Type, Answer(unused, e.Type)));
                    break;
                case ServiceEventType.RegulatorNotice:
                    triggers.Add(Trigger(AssessmentTriggerKind.WrittenNotice, date, e.Note ?? "written notice from a CAC office or public-security organ", e.Type, Answer(unused, e.Type)));
                    break;
                case ServiceEventType.SynthesisToolOffered when technologies.DeepSynthesis.Count > 0:
                    triggers.Add(Tool(date, e.Note ?? e.Subject ?? "a biometric or special-object synthesis tool offered", Answer(unused, e.Type)));
                    break;
                default:
                    break;
            }
        }

        // Biometric editing is such a tool even when no separate event records when it was offered.
        if (profile.BiometricEditing && technologies.DeepSynthesis.Count > 0 && !triggers.Any(t => t.Kind == AssessmentTriggerKind.SynthesisTool))
        {
            triggers.Add(Tool(profile.LaunchedOn, "the service edits biometric information (face, voice)", Answer(unused, ServiceEventType.SynthesisToolOffered)));
        }

        return triggers;
    }

    private static void AddAiRoutes(List<AssessmentTrigger> triggers, ServiceTechnologies technologies, DateOnly date, string? answer)
    {
        if (technologies.DeepSynthesis.Count > 0)
        {
            triggers.Add(new AssessmentTrigger
            {
                Kind = AssessmentTriggerKind.DeepSynthesisLaunch, Date = date, AnsweredBy = answer,
                Description = "a deep-synthesis product or function with public-opinion attributes went online", Citation = AssessmentCitations.DeepSynthesisLaunch,
            });
        }

        if (technologies.GenerativeAi)
        {
            triggers.Add(new AssessmentTrigger
            {
                Kind = AssessmentTriggerKind.GenerativeAi, Date = date, AnsweredBy = answer,
                Description = "a generative AI service with public-opinion attributes", Citation = AssessmentCitations.GenerativeAi,
            });
        }
    }

    private static bool AddsPublicChannel(ServiceEvent e) =>
        e.Feature is null || !FeatureVocabulary.TryGet(e.Feature, out var definition) || definition.Basis != PublicOpinionBasis.None;

    private static AssessmentTrigger Trigger(AssessmentTriggerKind kind, DateOnly? date, string description, ServiceEventType trigger, string? answer) => new()
    {
        Kind = kind, Date = date, Description = description, Citation = AssessmentCitations.Trigger(trigger), AnsweredBy = answer,
    };

    private static AssessmentTrigger Tool(DateOnly? date, string description, string? answer) => new()
    {
        Kind = AssessmentTriggerKind.SynthesisTool, Date = date, Description = description, Citation = AssessmentCitations.SynthesisTool, AnsweredBy = answer,
    };

    private static string? Answer(List<AssessmentRecord> unused, ServiceEventType type)
    {
        var record = unused.FirstOrDefault(a => a.Trigger == type);
        if (record is null)
        {
            return null;
        }

        unused.Remove(record);
        return $"assessment completed on {record.CompletedOn:yyyy-MM-dd}" + (record.Report is null ? string.Empty : $" ({record.Report})");
    }
}
