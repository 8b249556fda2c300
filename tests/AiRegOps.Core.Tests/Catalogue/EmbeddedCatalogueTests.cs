using System.Globalization;
using AiRegOps.Core.Catalogue;
using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Tests.Catalogue;

/// <summary>
/// Checks the shipped catalogue against the law and the fact sheet. Expected values come from the legal texts
/// (cited next to each one), not from the data file.
/// </summary>
public sealed class EmbeddedCatalogueTests
{
    private static readonly ObligationCatalogue Catalogue = ObligationCatalogue.Default;

    /// <summary>The seed document (Latham &amp; Watkins client alert no. 3110) numbers A.1-A.4 and B.1-B.30.</summary>
    private static readonly string[] AllSeedRefs =
        [.. Enumerable.Range(1, 4).Select(n => $"A.{n}"), .. Enumerable.Range(1, 30).Select(n => $"B.{n}")];

    public static TheoryData<string> SeedRefs() => new(AllSeedRefs);

    [Fact]
    public void The_embedded_catalogue_loads_with_a_dated_version()
    {
        Assert.True(DateOnly.TryParseExact(Catalogue.Version, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out _));
        Assert.NotEmpty(Catalogue.Regulations);
        Assert.NotEmpty(Catalogue.Obligations);
    }

    [Theory]
    [MemberData(nameof(SeedRefs))]
    public void Each_seed_entry_appears_exactly_once(string seedRef)
    {
        var matches = Catalogue.Obligations.Where(o => o.SeedRef == seedRef).ToList();
        var obligation = Assert.Single(matches);
        Assert.Same(obligation, Catalogue.FindBySeedRef(seedRef));
    }

    [Fact]
    public void No_seed_reference_outside_the_seed_numbering()
    {
        var expected = AllSeedRefs.ToHashSet(StringComparer.Ordinal);
        var used = Catalogue.Obligations.Where(o => o.SeedRef is not null).Select(o => o.SeedRef!).ToList();
        Assert.Equal(expected.Count, used.Count);
        Assert.Subset(expected, used.ToHashSet(StringComparer.Ordinal));
    }

    [Fact]
    public void Every_source_names_a_known_regulation_and_an_article_or_says_why_not()
    {
        var citations = Catalogue.Obligations.SelectMany(o => o.Sources.Concat(o.Deadlines.Select(d => d.Source)).Select(s => (o.Id, s)));
        foreach (var (id, source) in citations)
        {
            Assert.True(Catalogue.TryGetRegulation(source.RegulationId, out _), $"{id}: unknown regulation {source.RegulationId}");
            Assert.True(source.Article is not null || !string.IsNullOrWhiteSpace(source.Note), $"{id}: {source.Display} has neither article nor note");
        }
    }

    [Fact]
    public void Split_obligations_name_the_obligation_they_were_encoded_apart_from()
    {
        // Obligations without a seedRef either come from the Labelling Measures, from the recommended GenAI security
        // standards (TC260-003, GB/T 45654: the safety freshness duties), or were encoded apart from (or beside) another
        // obligation, and then their notes name it, so a reader can follow the split.
        string[] laterInstruments = ["LABEL", "TC260-003", "GBT-45654"];
        var ids = Catalogue.Obligations.Select(o => o.Id).ToList();
        var split = Catalogue.Obligations.Where(o => o.SeedRef is null && !o.RegulationIds.Any(laterInstruments.Contains)).ToList();
        Assert.NotEmpty(split);
        Assert.All(split, o => Assert.Contains(ids, id => id != o.Id && (o.Notes ?? string.Empty).Contains(id, StringComparison.Ordinal)));
    }

    [Fact]
    public void Every_obligation_lists_two_to_four_kinds_of_evidence()
    {
        Assert.All(Catalogue.Obligations, o => Assert.InRange(o.Evidence.Count, 2, 4));
    }

    // Dates from the instruments' own final articles and promulgation notices (regulatory-facts.md §§A-F).
    [Theory]
    [InlineData("ARR", "2022-03-01", RegulationStatus.InForce, "No. 9")]   // ARR Art. 35; Order No. 9
    [InlineData("DSP", "2023-01-10", RegulationStatus.InForce, "No. 12")]  // Order No. 12
    [InlineData("GAIM", "2023-08-15", RegulationStatus.InForce, "No. 15")] // Order No. 15
    [InlineData("SA2018", "2018-11-30", RegulationStatus.InForce, null)]
    [InlineData("ETHICS", "2023-12-01", RegulationStatus.InForce, "国科发监〔2023〕167号")]
    [InlineData("LABEL", "2025-09-01", RegulationStatus.InForce, "国信办通字〔2025〕2号")]
    [InlineData("ETHICS-DRAFT", null, RegulationStatus.Draft, null)]
    public void Required_regulations_have_their_effective_dates_and_status(string id, string? effective, RegulationStatus status, string? documentNumber)
    {
        var regulation = Catalogue.GetRegulation(id);
        Assert.Equal(effective is null ? null : DateOnly.Parse(effective, CultureInfo.InvariantCulture), regulation.EffectiveOn);
        Assert.Equal(status, regulation.Status);
        Assert.False(string.IsNullOrWhiteSpace(regulation.NameZh));
        Assert.False(string.IsNullOrWhiteSpace(regulation.NameEn));
        Assert.NotEmpty(regulation.Issuers);
        if (documentNumber is not null)
        {
            Assert.Contains(documentNumber, regulation.DocumentNumber, StringComparison.Ordinal);
        }
    }

    [Fact]
    public void The_draft_ethics_measures_record_both_publication_dates()
    {
        var draft = Catalogue.GetRegulation("ETHICS-DRAFT");
        Assert.Equal("ETHICS", draft.SupersededBy);

        // The seed dates the consultation draft 2023-04-14; the fact sheet (§D.8) 2023-04-04.
        var seedDate = new DateOnly(2023, 4, 14);
        var factSheetDate = new DateOnly(2023, 4, 4);
        Assert.Equal([factSheetDate, seedDate], new[] { draft.IssuedOn, draft.PublishedOn }.OfType<DateOnly>().Order());
        Assert.NotEmpty(draft.Discrepancies);
    }

    [Fact]
    public void The_draft_ethics_measures_never_bind()
    {
        var draft = Catalogue.GetRegulation("ETHICS-DRAFT");
        DateOnly[] dates = [new(2023, 4, 14), new(2023, 12, 1), new(2030, 1, 1)];
        Assert.All(dates, d => Assert.False(draft.IsBindingOn(d)));

        var draftRules = Catalogue.Obligations.SelectMany(o => o.Deadlines).Where(r => r.RegulationId == "ETHICS-DRAFT").ToList();
        Assert.NotEmpty(draftRules);

        // An obligation resting on the draft alone is never binding, whatever the date.
        var a4 = Catalogue.FindBySeedRef("A.4")!;
        var draftOnly = a4 with { Sources = [.. a4.Sources.Where(s => s.RegulationId == "ETHICS-DRAFT")] };
        Assert.NotEmpty(draftOnly.Sources);
        Assert.All(dates, d => Assert.Equal(BindingState.NeverBinding, Catalogue.BindingStateOn(draftOnly, d)));
    }

    [Fact]
    public void Ethics_obligations_bind_from_the_final_measures_effective_date()
    {
        // 国科发监〔2023〕167号 takes effect on 1 December 2023.
        var ethics = Catalogue.Obligations.Where(o => o.RegulationIds.Contains("ETHICS")).ToList();
        Assert.NotEmpty(ethics);
        foreach (var obligation in ethics)
        {
            Assert.Equal(BindingState.NotYetInForce, Catalogue.BindingStateOn(obligation, new DateOnly(2023, 11, 30)));
            Assert.Equal(BindingState.Binding, Catalogue.BindingStateOn(obligation, new DateOnly(2023, 12, 1)));
        }
    }

    [Fact]
    public void Seed_entries_from_the_draft_ethics_measures_also_cite_the_final_measures()
    {
        foreach (var seedRef in new[] { "A.4", "B.24" })
        {
            var obligation = Catalogue.FindBySeedRef(seedRef)!;
            Assert.Contains("ETHICS-DRAFT", obligation.RegulationIds);
            Assert.Contains("ETHICS", obligation.RegulationIds);
            Assert.NotEmpty(obligation.Discrepancies);
        }
    }

    [Fact]
    public void Labelling_obligations_bind_from_1_September_2025()
    {
        // Labelling Measures Art. 14: in force 2025-09-01.
        var labelling = Catalogue.Obligations.Where(o => o.RegulationIds.All(r => r == "LABEL")).ToList();
        Assert.True(labelling.Count >= 5, "explicit, implicit, agreement, app store and log duties (Arts 4, 5, 7, 8, 9)");
        foreach (var obligation in labelling)
        {
            Assert.Equal(BindingState.NotYetInForce, Catalogue.BindingStateOn(obligation, new DateOnly(2025, 8, 31)));
            Assert.Equal(BindingState.Binding, Catalogue.BindingStateOn(obligation, new DateOnly(2025, 9, 1)));
        }
    }

    [Theory]
    [InlineData(4)]
    [InlineData(5)]
    [InlineData(7)]
    [InlineData(8)]
    [InlineData(9)]
    public void Each_labelling_measure_article_has_an_obligation(int article)
    {
        Assert.Contains(Catalogue.Obligations, o => o.Sources.Any(s => s.RegulationId == "LABEL" && s.Article == article));
    }

    [Fact]
    public void App_store_labelling_check_binds_app_distribution_platforms()
    {
        var appStore = Catalogue.Obligations.Single(o => o.Sources.Any(s => s.RegulationId == "LABEL" && s.Article == 7));
        Assert.Equal([ObligorRole.AppDistributionPlatform], appStore.Roles);
    }

    [Fact]
    public void Unlabelled_content_log_duty_applies_only_when_unlabelled_content_is_supplied()
    {
        var logs = Catalogue.Obligations.Single(o => o.Sources.Any(s => s.RegulationId == "LABEL" && s.Article == 9));
        Assert.Contains("unlabelledContentOnRequest equals true", logs.When.ToString(), StringComparison.Ordinal);
    }

    // ARR Art. 24: 十个工作日 from providing the service; 十个工作日 from a change; 二十个工作日 from termination.
    [Theory]
    [InlineData(1, 10, ServiceEventType.Launched)]
    [InlineData(2, 10, ServiceEventType.FilingInformationChanged)]
    [InlineData(3, 20, ServiceEventType.ServiceTerminated)]
    public void Arr_filing_rules_follow_article_24(int paragraph, int workingDays, ServiceEventType trigger)
    {
        var rules = Catalogue.Obligations.SelectMany(o => o.Deadlines)
            .Where(r => r.RegulationId == "ARR" && r.Source is { Article: 24 } && r.Source.Paragraph == paragraph)
            .ToList();
        var rule = Assert.Single(rules);
        Assert.Equal(DeadlineRuleKind.WorkingDaysAfterEvent, rule.Kind);
        Assert.Equal(workingDays, rule.Amount);
        Assert.Equal(trigger, rule.Events[0]);
        Assert.Equal(Confidence.Confirmed, rule.Confidence);
        Assert.False(rule.IsPolicy);
        Assert.False(rule.IsAdvisory);
    }

    [Fact]
    public void Seed_A1_is_the_initial_filing_and_needs_public_opinion_attributes()
    {
        var filing = Catalogue.FindBySeedRef("A.1")!;
        Assert.Contains(filing.Sources, s => s is { RegulationId: "ARR", Article: 24, Paragraph: 1 });
        Assert.Contains(filing.Sources, s => s is { RegulationId: "DSP", Article: 19 });
        Assert.Contains(filing.Sources, s => s is { RegulationId: "GAIM", Article: 17 });
        Assert.Contains("publicOpinion equals true", filing.When.ToString(), StringComparison.Ordinal);
        Assert.Contains(ObligorRole.TechnicalSupporter, filing.Roles);
    }

    [Fact]
    public void Dsp_and_gaim_filing_deadlines_are_marked_as_inferred_cross_references()
    {
        // DSP Art. 19 and GAIM Art. 17 refer to the ARR and state no number of days.
        var crossReferenced = Catalogue.Obligations.SelectMany(o => o.Deadlines)
            .Where(r => r.Kind == DeadlineRuleKind.WorkingDaysAfterEvent && r.RegulationId is "DSP" or "GAIM")
            .ToList();
        Assert.Equal(7, crossReferenced.Count); // filing, change and cancellation for each of the two instruments, and the supporters' own filing
        Assert.All(crossReferenced, r => Assert.Equal(Confidence.Unverified, r.Confidence));
    }

    [Fact]
    public void Filing_number_display_is_a_continuous_duty_under_article_26()
    {
        var display = Catalogue.Obligations.Single(o => o.Sources.Any(s => s is { RegulationId: "ARR", Article: 26 }));
        var rule = Assert.Single(display.Deadlines);
        Assert.Equal(DeadlineRuleKind.Continuous, rule.Kind);
    }

    [Fact]
    public void Security_assessment_follows_the_sa2018_article_3_triggers()
    {
        var assessment = Catalogue.FindBySeedRef("A.2")!;
        foreach (var article in Enumerable.Range(2, 6))
        {
            Assert.Contains(assessment.Sources, s => s.RegulationId == "SA2018" && s.Article == article);
        }

        Assert.Contains(assessment.Sources, s => s is { RegulationId: "ARR", Article: 27 });
        var sa = assessment.Deadlines.Where(r => r.RegulationId == "SA2018").ToList();

        // Art. 3(1): going online or adding a function -> before the event, counted only for events that bring the duty.
        var before = Assert.Single(sa, r => r.Kind == DeadlineRuleKind.BeforeEvent && r.Source.Item == 1);
        Assert.Equal([ServiceEventType.Launched, ServiceEventType.FunctionAdded], before.Events.Order());
        Assert.True(before.ApplicableEventsOnly);

        // Art. 3(2)-(5): dated by the recalled reading of Art. 7 (before launch; 30 working days), marked [INF].
        var reassessments = sa.Where(r => r.Source.Item is >= 2 and <= 5).ToList();
        Assert.Equal(
            [ServiceEventType.MaterialTechnicalChange, ServiceEventType.SignificantUserGrowth, ServiceEventType.HarmfulInformationIncident, ServiceEventType.RegulatorNotice],
            reassessments.SelectMany(r => r.Events).Order());
        Assert.All(reassessments, r => Assert.Equal(Confidence.Unverified, r.Confidence));
        Assert.All(reassessments.Where(r => r.Source.Item >= 3), r => Assert.Equal((DeadlineRuleKind.WorkingDaysAfterEvent, 30), (r.Kind, r.Amount ?? 0)));
    }

    [Fact]
    public void Synthesis_tool_assessment_is_due_before_the_tool_is_offered()
    {
        var tool = Catalogue.Obligations.Single(o => o.Sources.Any(s => s is { RegulationId: "DSP", Article: 15, Paragraph: 2 }));
        Assert.Contains("biometricEditing equals true", tool.When.ToString(), StringComparison.Ordinal);
        var rule = Assert.Single(tool.Deadlines);
        Assert.Equal(DeadlineRuleKind.BeforeEvent, rule.Kind);
        Assert.Contains(ServiceEventType.Launched, rule.Events);
        Assert.Contains(ServiceEventType.SynthesisToolOffered, rule.Events);
    }

    [Fact]
    public void Periodic_algorithm_review_is_a_policy_interval_not_a_legal_deadline()
    {
        // ARR Art. 8 and DSP Art. 15 say 定期 (regularly) and set no interval.
        var review = Catalogue.FindBySeedRef("B.23")!;
        Assert.Contains(review.Sources, s => s is { RegulationId: "ARR", Article: 8 });
        Assert.Contains(review.Sources, s => s is { RegulationId: "DSP", Article: 15 });
        var rule = Assert.Single(review.Deadlines);
        Assert.Equal(DeadlineRuleKind.EveryMonthsAfterEvent, rule.Kind);
        Assert.True(rule.IsPolicy);
        Assert.Equal(SchedulePolicy.Default.AlgorithmReviewIntervalMonths, rule.Amount);
        Assert.Equal(
            System.Text.Json.JsonNamingPolicy.CamelCase.ConvertName(nameof(SchedulePolicy.AlgorithmReviewIntervalMonths)),
            rule.PolicySetting);
        Assert.Equal([ServiceEventType.Launched], rule.Events);
        Assert.Contains("policy", rule.Description, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Only_the_algorithm_reviews_and_the_prompt_handling_target_are_policy_rules()
    {
        var policyRules = Catalogue.Obligations.Where(o => o.Deadlines.Any(r => r.IsPolicy)).Select(o => o.Id).Order().ToList();
        Assert.Equal(["arr-illegal-information-handling", "arr-periodic-algorithm-review", "dsp-supporter-periodic-algorithm-review"], policyRules);
    }

    [Fact]
    public void Ethics_committee_registration_is_30_calendar_days_after_establishment()
    {
        // Final measures: 设立…委员会30日内 (日 = calendar days), single source.
        // The annual report is anchored on the same event; the registration is the rule counted in days.
        var rule = Assert.Single(
            BindingRules(new DateOnly(2024, 1, 1)),
            r => r.Events.Contains(ServiceEventType.EthicsCommitteeEstablished) && r.Kind != DeadlineRuleKind.FixedDateEachYear);
        Assert.Equal(DeadlineRuleKind.CalendarDaysAfterEvent, rule.Kind);
        Assert.Equal(30, rule.Amount);
    }

    [Fact]
    public void Listed_activity_registration_is_30_days_after_approval()
    {
        var rules = BindingRules(new DateOnly(2024, 1, 1)).Where(r => r.Kind == DeadlineRuleKind.CalendarDaysAfterEvent && r.Events.Contains(ServiceEventType.EthicsApprovalObtained));
        Assert.Equal(30, Assert.Single(rules).Amount);
    }

    [Fact]
    public void Annual_ethics_report_is_due_by_31_March()
    {
        var rules = BindingRules(new DateOnly(2024, 1, 1)).Where(r => r.Kind == DeadlineRuleKind.FixedDateEachYear).ToList();
        var rule = Assert.Single(rules);
        Assert.Equal((3, 31), (rule.Month, rule.Day));
    }

    [Fact]
    public void Follow_up_ethics_review_uses_the_interval_in_force()
    {
        var obligation = Catalogue.FindBySeedRef("B.24")!;
        var followUps = obligation.Deadlines.Where(r => r.Kind == DeadlineRuleKind.EveryMonthsAfterEvent).ToList();
        Assert.All(followUps, r => Assert.Equal([ServiceEventType.EthicsApprovalObtained], r.Events));

        // Draft Art. 39: at least twice a year; never binding.
        var draft = Assert.Single(followUps, r => r.RegulationId == "ETHICS-DRAFT");
        Assert.Equal(12 / 2, draft.Amount);

        // Final measures: interval generally not more than 12 months, binding from 2023-12-01.
        var binding = followUps.Where(r => !r.IsAdvisory && Catalogue.GetRegulation(r.RegulationId).IsBindingOn(new DateOnly(2024, 1, 1))).ToList();
        Assert.Equal(12, Assert.Single(binding).Amount);
        Assert.False(Catalogue.GetRegulation(Assert.Single(binding).RegulationId).IsBindingOn(new DateOnly(2023, 11, 30)));

        // The 2026 AI measure's six months is single-source: advice only, never a deadline.
        Assert.All(followUps.Where(r => r.IsAdvisory), r =>
        {
            Assert.Equal(6, r.Amount);
            Assert.NotEmpty(Catalogue.GetRegulation(r.RegulationId).Discrepancies); // scope (pilot provinces or nationwide) conflicts
        });
    }

    [Fact]
    public void B17_records_that_the_official_text_moves_user_models_to_art_10_and_intervention_to_art_11()
    {
        var obligation = Catalogue.FindBySeedRef("B.17")!;
        var arrArticles = obligation.Sources.Where(s => s.RegulationId == "ARR").Select(s => s.Article).ToList();
        Assert.Contains(10, arrArticles);
        Assert.Contains(11, arrArticles);
        Assert.DoesNotContain(12, arrArticles);
        Assert.Contains(obligation.Discrepancies, d => d.Claim.Contains("Art. 11", StringComparison.Ordinal) && d.OfficialSays.Contains("Art. 10", StringComparison.Ordinal));
        Assert.Contains(obligation.Discrepancies, d => d.Claim.Contains("Art. 12", StringComparison.Ordinal) && d.OfficialSays.Contains("Art. 11", StringComparison.Ordinal));
    }

    [Fact]
    public void B20_records_that_explaining_significant_impact_is_art_17_3()
    {
        var obligation = Catalogue.FindBySeedRef("B.20")!;
        Assert.Contains(obligation.Sources, s => s is { RegulationId: "ARR", Article: 17, Paragraph: 3 });
        Assert.Contains(obligation.Discrepancies, d => d.Claim.Contains("Art. 16", StringComparison.Ordinal) && d.OfficialSays.Contains("17(3)", StringComparison.Ordinal));
    }

    [Fact]
    public void B14_cites_art_9_2_for_stopping_illegal_information()
    {
        var obligation = Catalogue.FindBySeedRef("B.14")!;
        Assert.Contains(obligation.Sources, s => s is { RegulationId: "ARR", Article: 9, Paragraph: 2 });
        Assert.Contains(obligation.Discrepancies, d => d.OfficialSays.Contains("9(2)", StringComparison.Ordinal));
    }

    [Fact]
    public void Every_discrepancy_is_fully_stated()
    {
        var all = Catalogue.Obligations.SelectMany(o => o.Discrepancies).Concat(Catalogue.Regulations.SelectMany(r => r.Discrepancies));
        Assert.All(all, d =>
        {
            Assert.False(string.IsNullOrWhiteSpace(d.Claim));
            Assert.False(string.IsNullOrWhiteSpace(d.OfficialSays));
            Assert.False(string.IsNullOrWhiteSpace(d.Resolution));
        });
    }

    [Fact]
    public void Every_generative_ai_obligation_requires_a_service_to_the_prc_public()
    {
        // GAIM Art. 2: services not offered to the public within the PRC are outside the measures.
        var gaim = Catalogue.Obligations.Where(o => o.RegulationIds.Contains("GAIM")).ToList();
        Assert.NotEmpty(gaim);
        Assert.All(gaim, o => Assert.Contains("publicInPrc equals true", o.When.ToString(), StringComparison.Ordinal));
    }

    [Fact]
    public void Every_ethics_obligation_requires_ethics_review_activities_and_binds_research_units()
    {
        var ethics = Catalogue.Obligations.Where(o => o.RegulationIds.Any(r => r.StartsWith("ETHICS", StringComparison.Ordinal))).ToList();
        Assert.NotEmpty(ethics);
        Assert.All(ethics, o =>
        {
            Assert.Contains(ObligorRole.ResearchUnit, o.Roles);
        });
    }

    [Fact]
    public void Audience_specific_duties_of_arr_articles_18_to_21_are_restricted_to_their_audience()
    {
        (int Article, Audience Audience)[] expected = [(18, Audience.Minors), (19, Audience.Elderly), (20, Audience.Workers), (21, Audience.Consumers)];
        foreach (var (article, audience) in expected)
        {
            var obligation = Catalogue.Obligations.Single(o => o.Sources.Any(s => s.RegulationId == "ARR" && s.Article == article));
            Assert.Contains($"audiences in [{KebabName<Audience>.Of(audience)}]", obligation.When.ToString(), StringComparison.Ordinal);
        }
    }

    [Fact]
    public void Arr_citations_stay_within_the_35_articles_of_the_official_text()
    {
        var arr = Catalogue.Obligations.SelectMany(o => o.Sources.Concat(o.Deadlines.Select(d => d.Source))).Where(s => s.RegulationId == "ARR").ToList();
        Assert.All(arr, s =>
        {
            Assert.InRange(s.Article ?? 0, 1, 35);
            Assert.Equal(Confidence.Confirmed, s.Confidence); // every ARR article was read in the shipped official text
        });
    }

    [Fact]
    public void Overall_confidence_is_the_weakest_non_advisory_fact()
    {
        foreach (var obligation in Catalogue.Obligations)
        {
            var facts = obligation.Sources.Select(s => s.Confidence)
                .Concat(obligation.Deadlines.Where(r => !r.IsAdvisory).SelectMany(r => new[] { r.Confidence, r.Source.Confidence }));
            Assert.Equal(facts.Min(), obligation.Confidence);
        }
    }

    private static IEnumerable<DeadlineRule> BindingRules(DateOnly date) =>
        Catalogue.Obligations.SelectMany(o => o.Deadlines)
            .Where(r => !r.IsAdvisory && Catalogue.GetRegulation(r.RegulationId).IsBindingOn(date)
                && r.RegulationId.StartsWith("ETHICS", StringComparison.Ordinal));
}
