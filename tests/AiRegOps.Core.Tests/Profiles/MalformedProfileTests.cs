using static AiRegOps.Core.Tests.Profiles.ProfileAssert;

namespace AiRegOps.Core.Tests.Profiles;

/// <summary>Each test is one kind of mistake a user makes, with the exact error (line:column: path: message) it must give.</summary>
public sealed class MalformedProfileTests
{
    [Fact]
    public void Unknown_top_level_key_is_named_with_a_suggestion()
    {
        Fails(
            """
            apiVerison: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "1:1: apiVerison: unknown key 'apiVerison'. Did you mean 'apiVersion'?");
    }

    [Fact]
    public void Unknown_key_without_a_close_match_lists_the_known_keys()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            status: live
            """,
            "8:1: status: unknown key 'status'; expected one of: apiVersion, kind, metadata, spec");
    }

    [Fact]
    public void Misspelt_required_key_gives_one_error_not_two()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPRC: true
            """,
            "7:3: spec.publicInPRC: unknown key 'publicInPRC'. Did you mean 'publicInPrc'?");
    }

    [Fact]
    public void Unknown_nested_key_is_named_by_its_full_path()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              technologies:
                generativeAI: true
              policy:
                interval: 12
            """,
            "9:5: spec.technologies.generativeAI: unknown key 'generativeAI'. Did you mean 'generativeAi'?",
            "11:5: spec.policy.interval: unknown key 'interval'; expected one of: algorithmReviewIntervalMonths, reminderLeadDays, gateRecommendedStandards");
    }

    [Fact]
    public void Wrong_api_version_names_the_supported_one()
    {
        Fails(
            """
            apiVersion: airegops/v2
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "1:13: apiVersion: unsupported apiVersion 'airegops/v2'; expected 'airegops/v1'");
    }

    [Fact]
    public void Wrong_kind_names_the_supported_one_and_skips_the_rest_of_the_document()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Deployment
            metadata:
              labels: { app: web }
            spec: {}
            """,
            "2:7: kind: unsupported kind 'Deployment'; expected 'Service'");
    }

    [Fact]
    public void Missing_api_version_and_kind_are_named()
    {
        Fails(
            """
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "1:1: apiVersion: missing required key 'apiVersion'",
            "1:1: kind: missing required key 'kind'");
    }

    [Fact]
    public void Missing_metadata_name_is_named_at_its_mapping()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              displayName: Chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "4:3: metadata.name: missing required key 'name'");
    }

    [Fact]
    public void Empty_metadata_name_is_not_a_name()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name:
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "4:8: metadata.name: expected a string, got an empty value");
    }

    [Fact]
    public void Service_name_must_follow_the_pattern()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: Chat_Assistant
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "4:9: metadata.name: expected lower-case letters, digits and dashes (at most 63, starting and ending with a letter or digit), got 'Chat_Assistant'");
    }

    [Fact]
    public void Missing_spec_and_missing_required_spec_fields_are_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            """,
            "1:1: spec: missing required key 'spec'");
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              technologies: { generativeAi: true }
            """,
            "6:3: spec.provider: missing required key 'provider'",
            "6:3: spec.publicInPrc: missing required key 'publicInPrc'");
    }

    [Fact]
    public void Missing_provider_roles_are_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider:
                name: 示例公司
              publicInPrc: true
            """,
            "7:5: spec.provider.roles: missing required key 'roles'");
    }

    [Fact]
    public void Empty_provider_roles_are_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [] }
              publicInPrc: true
            """,
            "6:34: spec.provider.roles: expected at least one of: service-provider, technical-supporter, user, app-distribution-platform, research-unit");
    }

    [Fact]
    public void Unknown_role_is_named_with_a_suggestion()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider:
                name: 示例公司
                roles: [service_provider]
              publicInPrc: true
            """,
            "8:13: spec.provider.roles[0]: expected one of: service-provider, technical-supporter, user, app-distribution-platform, research-unit; got 'service_provider'. Did you mean 'service-provider'?");
    }

    [Fact]
    public void Unknown_algorithm_type_is_named_with_a_suggestion()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              technologies:
                algorithms: [generation-synthesis, personalised-push]
            """,
            "9:40: spec.technologies.algorithms[1]: expected one of: generation-synthesis, personalized-push, sorting-selection, retrieval-filtering, scheduling-decision; got 'personalised-push'. Did you mean 'personalized-push'?");
    }

    [Fact]
    public void Unknown_deep_synthesis_use_case_without_a_close_match_lists_the_legal_values()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              technologies:
                deepSynthesis:
                  - holograms
            """,
            "10:9: spec.technologies.deepSynthesis[0]: expected one of: text, voice, non-speech-audio, biometric-image-video, non-biometric-image-video, digital-human-3d; got 'holograms'.");
    }

    [Fact]
    public void Unknown_feature_is_named_with_a_suggestion()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              features: [ai-chat, livestreaming]
            """,
            "8:23: spec.features[1]: unknown feature 'livestreaming'. Did you mean 'live-streaming'?");
    }

    [Fact]
    public void Scalar_where_a_list_is_expected_says_how_to_write_a_list()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              features: ai-chat
            """,
            "8:13: spec.features: expected a list, got 'ai-chat' (write [value] or a '- value' item for a single value)");
    }

    [Fact]
    public void List_where_a_mapping_is_expected_is_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider:
                - name: 示例公司
                - roles: [service-provider]
              publicInPrc: true
            """,
            "7:5: spec.provider: expected a mapping, got a list");
    }

    [Fact]
    public void Date_in_another_format_is_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              launchedOn: 2025/09/26
            """,
            "8:15: spec.launchedOn: expected a date in the form yyyy-MM-dd, got '2025/09/26'");
    }

    [Fact]
    public void Impossible_date_is_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              filings:
                - { number: 网信算备110108823483901230031号, filedOn: 2025-02-30 }
            """,
            "9:54: spec.filings[0].filedOn: expected a date in the form yyyy-MM-dd, got '2025-02-30', which is not a calendar date");
    }

    [Fact]
    public void Date_before_2000_is_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              launchedOn: 1999-12-31
            """,
            "8:15: spec.launchedOn: expected a date from 2000-01-01 to 2099-12-31, got '1999-12-31'");
    }

    [Fact]
    public void Yes_is_not_a_boolean()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: yes
            """,
            "7:16: spec.publicInPrc: expected true or false, got 'yes'");
    }

    [Fact]
    public void Quoted_true_is_a_string_not_a_boolean()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              controls:
                securityOfficer: "true"
            """,
            "9:22: spec.controls.securityOfficer: expected true or false, got 'true' in quotes (remove the quotes)");
    }

    [Fact]
    public void Out_of_range_and_non_integer_numbers_are_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              policy:
                algorithmReviewIntervalMonths: 61
                reminderLeadDays: 30d
            """,
            "9:36: spec.policy.algorithmReviewIntervalMonths: expected an integer from 1 to 60, got '61'",
            "10:23: spec.policy.reminderLeadDays: expected an integer from 0 to 365, got '30d'");
    }

    [Fact]
    public void Duplicate_key_names_the_first_one()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              publicInPrc: false
            """,
            "8:3: spec.publicInPrc: duplicate key 'publicInPrc'; first defined at line 7, column 3");
    }

    [Fact]
    public void Duplicate_list_value_names_the_first_one()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              audiences: [minors, consumers, minors]
            """,
            "8:34: spec.audiences[2]: duplicate value 'minors'; already listed as spec.audiences[0]");
    }

    [Fact]
    public void Duplicate_service_name_across_documents_names_both_places()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata: { name: chat }
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            ---
            apiVersion: airegops/v1
            kind: Service
            metadata: { name: chat }
            spec:
              provider: { name: 示例公司, roles: [technical-supporter] }
              publicInPrc: false
            """,
            "10:19: metadata.name: duplicate service name 'chat'; already defined at airegops.yml:3:19");
    }

    [Fact]
    public void Unclosed_quote_is_a_located_syntax_error()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: "chat
            spec:
              publicInPrc: true
            """,
            "4:9: (document): YAML syntax error: While scanning a multi-line double-quoted scalar, found wrong indentation.");
        Fails(
            "apiVersion: 'airegops/v1\n",
            "1:13: (document): YAML syntax error: While scanning a quoted scalar, found unexpected end of stream.");
    }

    [Fact]
    public void Tab_indentation_points_at_the_tab()
    {
        Fails(
            "apiVersion: airegops/v1\nkind: Service\nmetadata:\n  name: chat\n\tdisplayName: Chat\n",
            "5:1: (document): YAML syntax error: a tab character is used for indentation; YAML indents with spaces only");
    }

    [Fact]
    public void Unclosed_flow_list_is_a_located_syntax_error_without_a_stack_trace()
    {
        var error = Assert.Single(ErrorsOf("apiVersion: airegops/v1\nkind: Service\nmetadata: { name: chat }\nspec:\n  features: [ai-chat, search\n"));

        Assert.Equal("6:1: (document): YAML syntax error: While parsing a flow sequence, did not find expected ',' or ']'.", $"{error.Line}:{error.Column}: {error.Path}: {error.Message}");
        Assert.DoesNotContain(" at ", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Empty_file_is_an_error()
    {
        Fails(string.Empty, "1:1: (file): no service profile found; expected at least one document with apiVersion: airegops/v1 and kind: Service");
        Fails("# only a comment\n---\n---\n", "1:1: (file): no service profile found; expected at least one document with apiVersion: airegops/v1 and kind: Service");
    }

    [Fact]
    public void Document_that_is_not_a_mapping_is_refused()
    {
        Fails(
            """
            - apiVersion: airegops/v1
            """,
            "1:1: (document): expected a service profile (a mapping with apiVersion, kind, metadata and spec), got a list");
    }

    [Fact]
    public void Event_without_date_and_event_with_unknown_type_are_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              events:
                - type: launched
                  note: first release
                - type: functionAdded
                  date: 2026-03-02
            """,
            "9:7: spec.events[0].date: missing required key 'date'",
            "11:13: spec.events[1].type: expected one of: launched, function-added, material-technical-change, significant-user-growth, harmful-information-incident, regulator-notice, filing-information-changed, service-terminated, ethics-committee-established, ethics-approval-obtained, synthesis-tool-offered; got 'functionAdded'. Did you mean 'function-added'?");
    }

    [Fact]
    public void Function_added_event_with_unknown_feature_is_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              events:
                - { type: function-added, date: 2026-03-02, feature: live-stream }
            """,
            "9:58: spec.events[0].feature: unknown feature 'live-stream'. Did you mean 'live-streaming'?");
    }

    [Fact]
    public void Feature_on_another_event_type_is_refused()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              events:
                - { type: launched, date: 2025-09-26, feature: ai-chat }
            """,
            "9:52: spec.events[0].feature: a feature is only allowed on function-added events, not on launched");
    }

    [Fact]
    public void Owner_must_look_like_a_github_login_or_team()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
              owners: ["@example/compliance", "alice", "alice@example.com"]
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
            """,
            "5:44: metadata.owners[2]: expected a GitHub login (alice or @alice) or team (@org/team), got 'alice@example.com'");
    }

    [Fact]
    public void Credit_code_must_have_18_legal_characters()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, creditCode: 9111010800000, roles: [service-provider] }
              publicInPrc: true
            """,
            "6:39: spec.provider.creditCode: expected an 18-character unified social credit code (digits and capital letters except I, O, Z, S, V), got '9111010800000'");
    }

    [Fact]
    public void Unknown_logged_field_is_named_with_a_suggestion()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              controls:
                loggedFields: [account, source-ip]
            """,
            "9:29: spec.controls.loggedFields[1]: expected one of: account, operation-time, operation-type, source-address, destination-address, source-port, client-hardware, published-content; got 'source-ip'.");
    }

    [Fact]
    public void Ethics_committee_cannot_be_registered_before_it_exists()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: lab
            spec:
              provider: { name: 示例研究院, roles: [research-unit] }
              publicInPrc: false
              ethics:
                committeeEstablishedOn: 2024-12-31
                committeeRegisteredOn: 2024-12-01
            """,
            "10:28: spec.ethics.committeeRegisteredOn: expected a date on or after committeeEstablishedOn (2024-12-31), got '2024-12-01'");
    }

    [Fact]
    public void Completion_without_obligation_and_assessment_without_date_are_named()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              assessments:
                - { report: sa.pdf }
              completed:
                - { completedOn: 2026-09-01 }
            """,
            "9:7: spec.assessments[0].completedOn: missing required key 'completedOn'",
            "11:7: spec.completed[0].obligation: missing required key 'obligation'");
    }

    [Fact]
    public void Several_errors_in_several_documents_are_collected_in_source_order()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: maybe
              launchedOn: 2025-13-01
            ---
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: Search
            spec:
              provider: { name: 示例公司, roles: [service-provider] }
              publicInPrc: true
              features: [serch]
            """,
            "7:16: spec.publicInPrc: expected true or false, got 'maybe'",
            "8:15: spec.launchedOn: expected a date in the form yyyy-MM-dd, got '2025-13-01', which is not a calendar date",
            "13:9: metadata.name: expected lower-case letters, digits and dashes (at most 63, starting and ending with a letter or digit), got 'Search'",
            "17:14: spec.features[0]: unknown feature 'serch'. Did you mean 'search'?");
    }

    [Fact]
    public void Alias_to_an_undefined_anchor_is_a_located_error()
    {
        Fails(
            """
            apiVersion: airegops/v1
            kind: Service
            metadata:
              name: chat
            spec:
              provider: { name: 示例公司, roles: *roles }
              publicInPrc: true
            """,
            "6:34: (document): alias '*roles' refers to no anchor defined before it");
    }
}
