# The one source of the AiRegOps cmdlet help. Build-Help.ps1 turns it, with the parameter metadata of the built
# cmdlets, into the MAML help file (module/AiRegOps.PowerShell/en-US/AiRegOps.PowerShell.dll-Help.xml) and
# docs/cmdlets.md. Edit here, run `dotnet pwsh -NoProfile -File module/help/Build-Help.ps1`, commit all three.
@{
    'Get-AiRegulation' = @{
        Synopsis    = 'Lists the regulations in the AiRegOps catalogue.'
        Description = @(
            'Returns the legal instruments the catalogue knows: each with its id, Chinese and English names, issuers, document number, dates (issued, published, effective, ends), status and what supersedes it.'
            'With -AsOf, each regulation also carries AsOf, InForce (whether it binds anyone on that date) and StateOn (InForce, NotYetInForce, Ended, Draft or EffectiveDateUnknown). The objects are copies: the catalogue itself is never changed.'
        )
        Parameters  = @{
            Id   = 'Regulation ids or short names; wildcards are allowed. Tab completion offers the catalogue''s ids. Binds source citations from the pipeline by their RegulationId. An exact id that is not in the catalogue is an error that suggests the closest one.'
            AsOf = 'A date to evaluate each regulation on, such as 2025-09-01. Only the calendar date is used; a time of day is ignored.'
        }
        Inputs      = @{ 'System.String' = 'Regulation ids, or objects with a RegulationId property (source citations).' }
        Outputs     = @{ 'AiRegOps.Core.Catalogue.Regulation' = 'One per regulation, in catalogue order; with -AsOf, with AsOf, InForce and StateOn added.' }
        Errors      = @(
            @{ Id = 'RegulationNotFound'; Category = 'ObjectNotFound'; When = 'An exact id is not in the catalogue. The message suggests the closest id and lists the known ones.' }
        )
        Examples    = @(
            @{ Title = 'List every regulation'; Code = 'Get-AiRegulation'; Remarks = 'Shows the id, short name, effective date and status of each instrument in the catalogue.' }
            @{ Title = 'Which regulations are in force on a date'; Code = "Get-AiRegulation -AsOf 2023-08-01 | Where-Object InForce"; Remarks = 'Lists only the instruments that bind on 1 August 2023.' }
            @{ Title = 'The regulations an obligation cites'; Code = "(Get-AiObligation -SeedRef A.1).Sources | Get-AiRegulation"; Remarks = 'Source citations bind to -Id by their RegulationId property.' }
        )
        Links       = @('Get-AiObligation')
    }

    'Get-AiObligation' = @{
        Synopsis    = 'Lists the obligations in the AiRegOps catalogue.'
        Description = @(
            'Returns the duties the catalogue knows, each with its stable id, the seed document''s number (A.1 to A.4, B.1 to B.30) where it has one, title, obligor roles, phase, sources (regulation, article, paragraph), applicability, deadline rules, evidence and confidence.'
            'The filters combine: -Regulation, -Role and -Phase narrow the list, -Id and -SeedRef pick obligations by id or number (wildcards allowed).'
            'With -AsOf only the obligations binding on that date are returned: those citing at least one instrument in force on it. Add -IncludeUpcoming to also return obligations whose instrument is promulgated but not yet in force. Each returned object then carries AsOf and BindingState (Binding or NotYetInForce). Obligations from drafts never bind and are never returned with -AsOf.'
        )
        Parameters  = @{
            Id              = 'Obligation ids (or seed numbers); wildcards are allowed. Tab completion offers the catalogue''s ids. Binds schedule items from the pipeline by their ObligationId. An exact id that is not in the catalogue is an error that suggests the closest one.'
            SeedRef         = 'The seed document''s numbers, such as A.1 or B.12; wildcards are allowed (B.*).'
            Regulation      = 'Only obligations citing one of these regulations (ids or short names; wildcards allowed).'
            Role            = 'Only obligations binding one of these roles: ServiceProvider, TechnicalSupporter, User, AppDistributionPlatform, ResearchUnit.'
            Phase           = 'Only obligations in one of these phases: PreLaunch, Operation, Periodic, OnEvent.'
            AsOf            = 'Only obligations binding on this date. Only the calendar date is used; a time of day is ignored.'
            IncludeUpcoming = 'With -AsOf, also return obligations whose instrument is promulgated but not yet in force on that date. Without -AsOf it is an error.'
        }
        Inputs      = @{ 'System.String' = 'Obligation ids, or objects with an ObligationId property (schedule items).' }
        Outputs     = @{ 'AiRegOps.Core.Catalogue.Obligation' = 'One per obligation, in catalogue order; with -AsOf, with AsOf and BindingState added.' }
        Errors      = @(
            @{ Id = 'ObligationNotFound'; Category = 'ObjectNotFound'; When = 'An exact id or seed number is not in the catalogue. The message suggests the closest one, or -Regulation when the id is a regulation''s.' }
            @{ Id = 'RegulationNotFound'; Category = 'ObjectNotFound'; When = 'A -Regulation id is not in the catalogue.' }
            @{ Id = 'IncludeUpcomingNeedsAsOf'; Category = 'InvalidArgument'; When = '-IncludeUpcoming was given without -AsOf (terminating).' }
        )
        Examples    = @(
            @{ Title = 'The pre-launch duties of a service provider'; Code = 'Get-AiObligation -Role ServiceProvider -Phase PreLaunch'; Remarks = 'Lists what a provider must do on or before launch.' }
            @{ Title = 'What the generative AI measures require, as of a date'; Code = 'Get-AiObligation -Regulation GAIM -AsOf 2023-08-15'; Remarks = 'Only obligations binding on 15 August 2023 are returned, each with its BindingState.' }
            @{ Title = 'Look up the obligations behind a schedule'; Code = 'Import-ServiceProfile ./airegops.yml | Get-ComplianceSchedule -Status Overdue | Get-AiObligation'; Remarks = 'Schedule items bind to -Id by their ObligationId.' }
        )
        Links       = @('Get-AiRegulation', 'Get-ComplianceSchedule')
    }

    'Import-ServiceProfile' = @{
        Synopsis    = 'Reads service profiles (airegops.yml) from files or folders.'
        Description = @(
            'Reads and validates the description of each AI service: provider and roles, technologies, features, audiences, dates, filings, controls and events. A folder is read as the profile reader reads folders.'
            'A profile with problems returns nothing and writes one ProfileInvalid error per problem, each as file:line:column: path: message, so every problem can be fixed in one pass.'
        )
        Parameters  = @{
            Path = 'Profile files or folders; wildcards are allowed and relative paths start at the current location. Binds files from Get-ChildItem by their FullName.'
        }
        Inputs      = @{ 'System.String' = 'Paths, or file objects (FullName).' }
        Outputs     = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'One per valid profile.' }
        Errors      = @(
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'The profile breaks the schema or the vocabulary; one error per problem, targeting the problem (File, Line, Column, Path, Message).' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'A path does not exist.' }
            @{ Id = 'ProfilePathNotFileSystem'; Category = 'InvalidArgument'; When = 'A path is on another provider (Env:, Variable:, ...).' }
            @{ Id = 'ProfileUnreadable'; Category = 'ReadError'; When = 'The file exists but cannot be read.' }
        )
        Examples    = @(
            @{ Title = 'Read the profile next to the code'; Code = '$svc = Import-ServiceProfile ./airegops.yml'; Remarks = 'Returns the service profile, or one error per problem in it.' }
            @{ Title = 'Read every profile under a folder tree'; Code = "Get-ChildItem -Recurse -Filter airegops.yml | Import-ServiceProfile"; Remarks = 'Files bind to -Path by FullName.' }
            @{ Title = 'Fail a CI step on any invalid profile'; Code = "Import-ServiceProfile ./services -ErrorAction Stop"; Remarks = 'The first problem stops the step with its file, line and column.' }
        )
        Links       = @('Test-PublicOpinionAttribute', 'Get-ComplianceSchedule')
    }

    'Test-PublicOpinionAttribute' = @{
        Synopsis    = 'Tells whether a service has public-opinion attributes or social mobilisation capability (SA2018 Art. 2), and why.'
        Description = @(
            'Applies the test of Art. 2 of the 2018 Provisions on Security Assessment of Internet Information Services with Public Opinion Attributes or Social Mobilisation Capability to a service''s features: a feature named in Art. 2(1) (forums, blogs, microblogs, chat rooms, communication groups, public accounts, short video, live streaming, information sharing, mini-programs), another channel for public expression, or a capability to mobilise the public, gives the service such attributes.'
            'The result says yes or no and lists the grounds: the feature, its basis (NamedService, ExpressionChannel, Mobilisation), the criterion and the article cited.'
        )
        Parameters  = @{
            InputObject = 'Service profiles, usually from Import-ServiceProfile.'
            Feature     = 'Feature names from the fixed vocabulary, to test without a profile. Tab completion offers them with their descriptions.'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.' }
        Outputs     = @{ 'AiRegOps.Core.Attributes.PublicOpinionResult' = 'One per profile (or one for -Feature): Service, HasPublicOpinionAttributes, Grounds, Explanation, Summary.' }
        Errors      = @(
            @{ Id = 'UnknownFeature'; Category = 'InvalidArgument'; When = 'A feature is not in the vocabulary; one error per unknown feature, with the closest name and the known ones. Nothing is returned.' }
        )
        Examples    = @(
            @{ Title = 'Test a service profile'; Code = 'Import-ServiceProfile ./airegops.yml | Test-PublicOpinionAttribute'; Remarks = 'Says whether the service has public-opinion attributes and on which grounds.' }
            @{ Title = 'Test a list of features'; Code = 'Test-PublicOpinionAttribute -Feature ai-chat, comments | Select-Object -ExpandProperty Grounds'; Remarks = 'Public comments are a channel for public expression under Art. 2(2); one-to-one chat is not.' }
        )
        Links       = @('Import-ServiceProfile', 'Get-ComplianceSchedule')
    }

    'Get-ComplianceSchedule' = @{
        Synopsis    = 'Works out which obligations apply to each service, when each falls due and its status.'
        Description = @(
            'For each service profile, evaluates every obligation of the catalogue as of a date: whether it applies (and why), each occurrence (period key), its due date on the China working-day calendar, and its status: Upcoming, Due, Overdue or Satisfied (by the records in the profile). Obligations from rules not yet in force, drafts and rules that no longer apply are handled by the scheduler and explained in Reasons.'
            'Items that do not apply are left out unless -IncludeNotApplicable is given or -Status asks for NotApplicable. Every item carries its Deadline text, Citations, Confidence and any calendar Warnings (a year without a published holiday notice).'
            'The date defaults to today in China (UTC+8), whatever the machine''s time zone.'
        )
        Parameters  = @{
            InputObject          = 'Service profiles, usually from Import-ServiceProfile.'
            Path                 = 'Profile files or folders, read as Import-ServiceProfile reads them (their errors are reported the same way). Binds files from Get-ChildItem by their FullName.'
            AsOf                 = 'The date to evaluate on. Default: today in China. Only the calendar date is used; a time of day is ignored.'
            Status               = 'Only items with one of these statuses: NotApplicable, Upcoming, Due, Overdue, Satisfied.'
            IncludeNotApplicable = 'Also return the items that do not apply to the service, with the reasons why.'
            Service              = 'Only these services, by name; wildcards are allowed. Tab completion reads the names from -Path, or from ./airegops.yml.'
            HolidayFile          = 'A State Council holiday notice file (JSON, holiday-cn format: one notice, an array of notices, or a combined file) that adds years to the shipped calendar or replaces them.'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Schedule.ScheduleItem' = 'One per occurrence of an obligation for a service: Service, ObligationId, SeedRef, Title, PeriodKey, DueDate, Status, Reasons, Deadline, Citations, Confidence, Warnings, SatisfiedBy, TriggeredOn.' }
        Errors      = @(
            @{ Id = 'HolidayFileNotFound'; Category = 'ObjectNotFound'; When = 'The -HolidayFile does not exist (terminating).' }
            @{ Id = 'HolidayFileInvalid'; Category = 'InvalidData'; When = 'The -HolidayFile is malformed; the message names the file, line, column and JSON path (terminating).' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'With -Path: as for Import-ServiceProfile, one error per problem; the other profiles are still scheduled.' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'With -Path: a path does not exist.' }
        )
        Examples    = @(
            @{ Title = 'What is due for a service on a date'; Code = 'Import-ServiceProfile ./airegops.yml | Get-ComplianceSchedule -AsOf 2025-10-01'; Remarks = 'Lists the applicable obligations with their due dates and status, grouped by service.' }
            @{ Title = 'Export what is due or overdue across services'; Code = 'Get-ComplianceSchedule -Path ./services -Status Due, Overdue | Export-Csv ./due.csv'; Remarks = 'Reads every profile under ./services, as of today in China, and keeps only the items that need action. In CI, fail the step when the list is not empty.' }
            @{ Title = 'Why an obligation does not apply'; Code = "Get-ComplianceSchedule -Path ./airegops.yml -IncludeNotApplicable | Where-Object Status -eq NotApplicable | Select-Object ObligationId, Reasons"; Remarks = 'Not-applicable items carry the reasons.' }
            @{ Title = 'Use a newly published holiday notice'; Code = 'Get-ComplianceSchedule -Path ./airegops.yml -HolidayFile ./2027.json'; Remarks = 'Working-day deadlines in 2027 follow the notice instead of assuming Monday to Friday.' }
        )
        Links       = @('Import-ServiceProfile', 'Get-AiObligation', 'Get-RegulatoryDeadline')
    }

    'Get-RegulatoryDeadline' = @{
        Synopsis    = 'Computes a statutory deadline on the China working-day calendar.'
        Description = @(
            'Counts N working days, N calendar days or N months from a start date, the way Chinese law counts: the day of the triggering event is not counted (Civil Code Art. 201), and a period counted in days whose last day is a statutory rest day ends on the next working day (Art. 203). Working days follow the State Council''s annual holiday notices, including weekend make-up working days.'
            'Years without a published notice fall back to Monday to Friday, and the result carries a warning for each such year. -HolidayFile adds or replaces years.'
        )
        Parameters  = @{
            Start        = 'The day of the triggering event (not counted). Only the calendar date is used; a time of day is ignored.'
            WorkingDays  = 'The number of working days.'
            CalendarDays = 'The number of calendar days.'
            Months       = 'The number of months.'
            HolidayFile  = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them.'
        }
        Inputs      = @{ 'System.Management.Automation.PSObject' = 'Objects with Start (or Date) and WorkingDays, CalendarDays or Months properties, such as rows from Import-Csv.' }
        Outputs     = @{ 'AiRegOps.Core.Calendar.DeadlineResult' = 'Start, Amount, Unit, NominalDueDate, DueDate, WasExtended and Warnings.' }
        Errors      = @(
            @{ Id = 'HolidayFileNotFound'; Category = 'ObjectNotFound'; When = 'The -HolidayFile does not exist (terminating).' }
            @{ Id = 'HolidayFileInvalid'; Category = 'InvalidData'; When = 'The -HolidayFile is malformed; the message names the file, line, column and JSON path (terminating).' }
            @{ Id = 'DeadlineOutOfRange'; Category = 'InvalidArgument'; When = 'The result would fall outside the supported dates.' }
        )
        Examples    = @(
            @{ Title = 'Ten working days over the National Day holiday'; Code = 'Get-RegulatoryDeadline -Start 2025-09-26 -WorkingDays 10'; Remarks = 'Due 2025-10-16: 28 September and 11 October 2025 are make-up working days, 1 to 8 October are days off.' }
            @{ Title = 'Thirty calendar days ending in the Spring Festival'; Code = 'Get-RegulatoryDeadline -Start 2024-12-31 -CalendarDays 30'; Remarks = 'The nominal last day, 2025-01-30, is a rest day: the deadline moves to 2025-02-05.' }
            @{ Title = 'Deadlines for a list of events'; Code = 'Import-Csv ./events.csv | Get-RegulatoryDeadline'; Remarks = 'Each row with Start and WorkingDays (or CalendarDays, or Months) gives one result.' }
        )
        Links       = @('Get-ComplianceSchedule')
    }
}
