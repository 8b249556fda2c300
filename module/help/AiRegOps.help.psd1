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
            'Filings recorded with Register-AlgorithmFiling and ethics committees and activities recorded with Register-EthicsReview are merged into the profiles before scheduling, so they satisfy or start obligations. They are read from the record store: the store Set-ComplianceStore chose (by default ./.airegops/evidence), or the local folder -StateFolder or $env:AIREGOPS_STATE names. Revoked records do not count. Without records the profiles are scheduled as they are.'
            'Evidence added with Add-ComplianceEvidence to the session''s evidence store (Set-ComplianceStore; default ./.airegops/evidence) counts too: each recorded completion satisfies its obligation for its period.'
        )
        Parameters  = @{
            InputObject          = 'Service profiles, usually from Import-ServiceProfile.'
            Path                 = 'Profile files or folders, read as Import-ServiceProfile reads them (their errors are reported the same way). Binds files from Get-ChildItem by their FullName.'
            AsOf                 = 'The date to evaluate on. Default: today in China. Only the calendar date is used; a time of day is ignored.'
            Status               = 'Only items with one of these statuses: NotApplicable, Upcoming, Due, Overdue, Satisfied.'
            IncludeNotApplicable = 'Also return the items that do not apply to the service, with the reasons why.'
            Service              = 'Only these services, by name; wildcards are allowed. Tab completion reads the names from -Path, or from ./airegops.yml.'
            HolidayFile          = 'A State Council holiday notice file (JSON, holiday-cn format: one notice, an array of notices, or a combined file) that adds years to the shipped calendar or replaces them.'
            StateFolder          = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Schedule.ScheduleItem' = 'One per occurrence of an obligation for a service: Service, ObligationId, SeedRef, Title, PeriodKey, DueDate, Status, Reasons, Deadline, Citations, Confidence, Warnings, SatisfiedBy, TriggeredOn.' }
        Errors      = @(
            @{ Id = 'HolidayFileNotFound'; Category = 'ObjectNotFound'; When = 'The -HolidayFile does not exist (terminating).' }
            @{ Id = 'HolidayFileInvalid'; Category = 'InvalidData'; When = 'The -HolidayFile is malformed; the message names the file, line, column and JSON path (terminating).' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'With -Path: as for Import-ServiceProfile, one error per problem; the other profiles are still scheduled.' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'With -Path: a path does not exist.' }
            @{ Id = 'ComplianceStoreFailed'; Category = 'ReadError'; When = 'The ledger holding the service''s records or completions does not verify or cannot be read: nothing in it counts (terminating). Secrets are masked.' }
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

    'New-AlgorithmFiling' = @{
        Synopsis    = 'Prepares the algorithm filing package (ARR Art. 24) for a service: new, change or cancel.'
        Description = @(
            'Builds the filing package for a service from its profile (on the pipeline) and/or parameters: the fields of the filing in the order of ARR Art. 24(1), with Chinese and English labels, the route that sends the service to the filing (ARR Art. 24, DSP Art. 19, GAIM Art. 17), and the deadline on the China working-day calendar: 10 working days after the service starts (New) or the filed information changes (Change), 20 after it terminates (Cancel).'
            'With -OutputPath, writes four files, all or nothing: filing.json (machine-readable), filing.md (in the order of the filing form; labels, notes, hints and the deadline in Chinese with the English beside it), self-assessment.md (a template of the algorithm self-assessment report pre-filled from the profile) and disclosure.md (the draft ARR Art. 16 disclosure). Without -OutputPath nothing is written and the package is returned. Put {service} in -OutputPath to write one folder per service.'
            'Values given as parameters win over the profile. Nothing is guessed: required information that neither gives is marked 【缺失 / MISSING】 in filing.md, listed by name in MissingFields and in a warning; with -RequireComplete it is an error and nothing is written. A malformed filing number is always an error.'
            'To record a completed filing (its number and date), use Register-AlgorithmFiling. Recorded filings in the record store give change and cancel packages the number of the existing filing.'
            '-WhatIf writes nothing and still returns the package.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            InputObject             = 'Service profiles, usually from Import-ServiceProfile.'
            Service                 = 'The service name, to prepare a package from parameters alone (no profile). Binds by property name (Service, ServiceName). Tab completion reads ./airegops.yml.'
            Kind                    = 'New (ARR Art. 24(1)), Change (24(2)) or Cancel (24(3)). Default: New.'
            OutputPath              = 'The folder to write the package into (created if needed; other files in it are kept). {service} is replaced by the service name.'
            ProviderName            = 'The name of the service provider (服务提供者名称); default: the profile''s provider.name.'
            Role                    = 'The filer''s role (ServiceProvider, TechnicalSupporter, ...); default: from the profile. Technical supporters of deep synthesis file by reference (DSP Art. 19).'
            ServiceForm             = 'The service form (服务形式), e.g. ''在线对话服务 / online chat service''.'
            ApplicationField        = 'The field of application (应用领域), e.g. ''教育 / education''.'
            AlgorithmType           = 'The ARR Art. 2 algorithm types: GenerationSynthesis, PersonalizedPush, SortingSelection, RetrievalFiltering, SchedulingDecision. Default: from the profile.'
            Product                 = 'The products the algorithm runs in: App, Website, MiniProgram, Api.'
            ProductName             = 'The names of the app, website, mini program or API.'
            BasicPrinciples         = 'The disclosure''s basic principles of the algorithm (基本原理, ARR Art. 16).'
            Purpose                 = 'The disclosure''s purpose (目的意图).'
            MainMechanism           = 'The disclosure''s main operating mechanism (主要运行机制).'
            EventDate               = "The date that starts the deadline: the service start (New), the change (Change) or the termination (Cancel). Default: from the profile's launch date or events. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            ExistingFilingNumber    = 'For Change and Cancel: the number of the existing filing (网信算备 + 21 digits + 号). Default: the profile''s or the record store''s latest new filing.'
            ChangeSummary           = 'For Change: what changed.'
            TerminationArrangements = 'For Cancel: the arrangements made for users (ARR Art. 24(3)).'
            RequireComplete         = 'Treat missing required information as a FilingIncomplete error and write nothing.'
            StateFolder             = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a Service (or ServiceName) and optionally a Kind property, for the parameter set without a profile.' }
        Outputs     = @{ 'AiRegOps.Core.Filings.FilingPackage' = 'One per service: Service, Kind, Fields, Route, Deadline, MissingFields, IsComplete, Warnings, Files (the file contents) and OutputPath (where they were written, or empty).' }
        Errors      = @(
            @{ Id = 'FilingNumberInvalid'; Category = 'InvalidArgument'; When = 'A filing number (-ExistingFilingNumber, terminating, or one in the profile) is not 网信算备 + 21 digits + 号; the message says what is wrong.' }
            @{ Id = 'FilingIncomplete'; Category = 'InvalidData'; When = 'With -RequireComplete: required information is missing; the message lists it by name. Nothing is written.' }
            @{ Id = 'OutputPathInvalid'; Category = 'InvalidArgument'; When = '-OutputPath is a file, not a folder. Nothing is written.' }
            @{ Id = 'OutputPathShared'; Category = 'InvalidArgument'; When = 'A second service in the same call would overwrite the first one''s files; put {service} in -OutputPath. Nothing is written for it.' }
            @{ Id = 'OutputWriteFailed'; Category = 'WriteError'; When = 'The folder could not be written; nothing was changed there.' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = '-EventDate is not written yyyy-MM-dd; the message names the parameter and the format.' }
            @{ Id = 'ComplianceStoreFailed'; Category = 'ReadError'; When = 'The ledger holding the service''s records or completions does not verify or cannot be read: nothing in it counts (terminating). Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Prepare the first filing of a service'; Code = 'Import-ServiceProfile ./airegops.yml | New-AlgorithmFiling -OutputPath ./filing -ServiceForm ''在线对话服务 / online chat'' -ApplicationField ''通用 / general'' -Product App, Api'; Remarks = 'Writes filing.json, filing.md, self-assessment.md and disclosure.md to ./filing, warns about anything still missing, and returns the package with its deadline.' }
            @{ Title = 'A change filing from parameters alone'; Code = 'New-AlgorithmFiling -Service zhiliao-chat -Kind Change -ProviderName ''示例智能科技有限公司'' -EventDate 2026-01-05 -ExistingFilingNumber 网信算备110108823483901230031号 -ChangeSummary ''New model version'' -OutputPath ./change'; Remarks = 'Due 10 working days after 5 January 2026.' }
            @{ Title = 'Check what is missing without writing'; Code = '(Import-ServiceProfile ./services | New-AlgorithmFiling -WarningAction SilentlyContinue) | Select-Object Service, MissingFields'; Remarks = 'Without -OutputPath nothing is written. In CI, add -RequireComplete -OutputPath ''./filings/{service}'' -ErrorAction Stop to fail on an incomplete package (quote {service}, or PowerShell reads it as a script block).' }
        )
        Links       = @('Register-AlgorithmFiling', 'Test-FilingDisplay', 'Get-ComplianceSchedule')
    }

    'Register-AlgorithmFiling' = @{
        Synopsis    = 'Records a completed algorithm filing (its number and date) for a service in the record store.'
        Description = @(
            'Records that a service''s filing procedure (New, Change or Cancel, ARR Art. 24) was completed on a date, with the number the CAC issued. The number must be 网信算备 followed by 21 digits and 号; anything else is one clear error that says what is wrong, and nothing is written.'
            'The filing is appended to the service''s hash-chained ledger in the record store (the same filing is recorded once). Get-ComplianceSchedule, Invoke-ComplianceGate, Export-ComplianceReport, New-AlgorithmFiling and the Functions sweep merge it into the service''s profile, so the filing obligation shows as satisfied. Get-ComplianceRecord lists it; Revoke-ComplianceRecord withdraws it without deleting it.'
            'The record store is the store Set-ComplianceStore chose (by default ./.airegops/evidence below the current location; add .airegops/ to .gitignore, or commit it on purpose), or the local folder -StateFolder or $env:AIREGOPS_STATE names. On Azure it is the ledger table the Functions app reads.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            Force = 'Write even when the service (or obligation, or period) matches nothing known: a warning instead of the NameUnknown error.'
            Service      = 'The service''s name (the profile''s metadata.name). Binds by property name (Service, ServiceName, Name), so profiles can be piped in. Tab completion reads ./airegops.yml.'
            FilingNumber = 'The filing number the CAC issued, e.g. 网信算备110108823483901230031号. Required for New; optional for Cancel. Alias: Number.'
            FiledOn      = "The date the filing procedure was completed; not after today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            Kind         = 'New, Change or Cancel. Default: New.'
            StateFolder  = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'System.Management.Automation.PSObject' = 'Objects with Service (or Name), Number (or FilingNumber), FiledOn and Kind properties, e.g. rows from Import-Csv.' }
        Outputs     = @{ 'AiRegOps.Core.Filings.RecordedFiling' = 'The record: Service, Kind, Number, FiledOn (also under -WhatIf, and when it was already recorded).' }
        Errors      = @(
            @{ Id = 'FilingNumberInvalid'; Category = 'InvalidArgument'; When = 'The number is not 网信算备 + 21 digits + 号; the message says what is wrong. Nothing is written.' }
            @{ Id = 'FilingNumberMissing'; Category = 'InvalidArgument'; When = 'A New filing without -FilingNumber.' }
            @{ Id = 'FiledOnInFuture'; Category = 'InvalidArgument'; When = '-FiledOn is after today in China.' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = '-FiledOn is not written yyyy-MM-dd.' }
            @{ Id = 'RecordWriteFailed'; Category = 'WriteError'; When = 'The record store could not be read or written, or the ledger the record goes into does not verify; nothing was written. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Record the number the CAC issued'; Code = 'Register-AlgorithmFiling -Service zhiliao-chat -FilingNumber 网信算备110108823483901230031号 -FiledOn 2025-10-15'; Remarks = 'Writes ./.airegops/state/filings.json; the next Get-ComplianceSchedule shows the filing as satisfied.' }
            @{ Title = 'Record filings from a spreadsheet'; Code = 'Import-Csv ./filings.csv | Register-AlgorithmFiling -StateFolder ./compliance/state'; Remarks = 'Each row with Service, Number, FiledOn (and Kind) is one record.' }
            @{ Title = 'See what would be recorded'; Code = 'Register-AlgorithmFiling zhiliao-chat 网信算备110108823483901230031号 -FiledOn 2025-10-15 -WhatIf'; Remarks = 'Validates the number and writes nothing.' }
        )
        Links       = @('New-AlgorithmFiling', 'Get-ComplianceSchedule')
    }

    'Test-FilingDisplay' = @{
        Synopsis    = 'Checks that a web page shows the service''s filing number and a link to its public filing information (ARR Art. 26).'
        Description = @(
            'Reads a page as served (an http(s) URL, or a local HTML file; no JavaScript is run), finds the filing number in its visible text (entities decoded, markup between digits tolerated, comments and scripts ignored) and links to the CAC filing system (*.cac.gov.cn), and reports each with its line and column. Other filing numbers on the page are reported and do not count.'
            'Passed is true when both the number and the link are there. Prominence (显著位置) is not judged automatically: the Messages say what to check by eye.'
            'An unreachable URL, an HTTP error status, a timeout (-TimeoutSec) or a missing file is one clear error naming -Uri. Ctrl+C stops the request.'
        )
        Parameters  = @{
            Uri          = 'The page: an http(s) URL or a local HTML file (relative paths start at the current location). Binds by property name (Uri, Url, FullName), so files from Get-ChildItem bind.'
            FilingNumber = 'The service''s filing number, 网信算备 + 21 digits + 号. Binds by property name (FilingNumber, Number), so recorded filings bind. Alias: Number.'
            TimeoutSec   = 'Seconds to wait for the page (1-600). Default: 30.'
        }
        Inputs      = @{ 'System.Management.Automation.PSObject' = 'Objects with Uri (or Url, FullName) and FilingNumber (or Number) properties.' }
        Outputs     = @{ 'AiRegOps.Core.Filings.FilingDisplayResult' = 'Source, ExpectedNumber, NumberFound, OtherNumbers, PublicInfoLinks (each with text, line, column, link and context), NumberShown, LinkShown, Passed and Messages.' }
        Errors      = @(
            @{ Id = 'FilingNumberInvalid'; Category = 'InvalidArgument'; When = 'The number is not 网信算备 + 21 digits + 号; the page is not read.' }
            @{ Id = 'FilingPageUnreachable'; Category = 'ResourceUnavailable'; When = 'The URL cannot be reached, answers with an HTTP error status or does not answer within -TimeoutSec.' }
            @{ Id = 'FilingPageNotFound'; Category = 'ObjectNotFound'; When = 'The local file does not exist.' }
        )
        Examples    = @(
            @{ Title = 'Check a page'; Code = 'Test-FilingDisplay -Uri ./dist/index.html -FilingNumber 网信算备110108823483901230031号 | Format-List'; Remarks = 'Shows where the number and the link were found, and what is missing. Give the live page the same way: -Uri https://chat.example.cn/.' }
            @{ Title = 'Check the built site in CI'; Code = 'Get-ChildItem ./dist -Filter index.html -Recurse | Test-FilingDisplay -FilingNumber 网信算备110108823483901230031号 | Where-Object { -not $_.Passed }'; Remarks = 'Files bind to -Uri by FullName; lists the pages that fail.' }
        )
        Links       = @('New-AlgorithmFiling', 'Register-AlgorithmFiling')
    }

    'Invoke-SecurityAssessment' = @{
        Synopsis    = 'Runs the SA2018 security assessment of a service and writes its report (Markdown, HTML, JSON) and findings (SARIF, JUnit).'
        Description = @(
            'Applies the 2018 Security Assessment Provisions to each service profile as of a date: the triggers in the profile''s events (SA2018 Art. 3, DSP Art. 15(2) and 20, GAIM Art. 17) and whether an assessment record answers each; each focus item checked against the controls the profile declares (met, gap, or not declared), with what would close each gap; and the conclusion.'
            'With -OutputPath, writes the SA2018 Art. 6 report in Chinese with the English beside it (profile locations relative to the profile) as security-assessment.md, a printable self-contained security-assessment.html and security-assessment.json, and the findings as security-assessment.sarif (SARIF 2.1.0, located at the profile''s lines, relative to -RepositoryRoot) and security-assessment.junit.xml, all or nothing. Put {service} in -OutputPath to write one folder per service.'
            'The assessment is a desk review of declared controls, not an audit, and says so. -WhatIf writes nothing and still returns the result.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
            InputObject    = 'Service profiles, usually from Import-ServiceProfile.'
            Path           = 'Profile files or folders, read as Import-ServiceProfile reads them. Binds files from Get-ChildItem by their FullName.'
            AsOf           = "The date of the assessment. Default: today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            OutputPath     = 'The folder to write the reports into (created if needed; other files in it are kept). {service} is replaced by the service name.'
            Format         = 'Only these formats: Markdown, Html, Json, Sarif, JUnit. Default: all five.'
            Evidence       = 'Evidence by focus item id or rule id, e.g. @{ ''log-records'' = ''./policies/logging.pdf'' }; listed with the item''s findings.'
            RepositoryRoot = 'SARIF locations are written relative to this folder, as code scanning expects. Default: the current location.'
            DocumentationBaseUrl = 'Where you publish the AiRegOps docs/ folder (an absolute https URL, no credentials, query or fragment). SARIF rules then carry a helpUri into code-scanning.md. Default: $env:AIREGOPS_DOCS_BASE_URL; without either, the full rule help is written inline only (help.text and help.markdown, which GitHub shows).'
            SafetyResultsPath = 'A safety-results.json written by Measure-GenAiSafety -OutputPath. Its results are added to every report format as a bilingual annex (附录): a section in the Markdown and HTML report, safetyAnnex in the JSON, a second run (AiRegOps safety) in the SARIF and a second test suite in the JUnit file. Each result object also carries them as SafetyResults.'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Assessments.SecurityAssessmentResult' = 'One per service: Service, AsOf, PublicOpinion, Triggers, UnansweredTriggers, BasicInfo, Findings, Gaps, HasGaps, ConclusionZh, ConclusionEn, OtherMatters and OutputPath.' }
        Errors      = @(
            @{ Id = 'ProfileIncomplete'; Category = 'InvalidData'; When = 'The profile lacks a field the report needs (service name, provider name); the message names the field.' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'With -Path: as for Import-ServiceProfile, one error per problem.' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'With -Path: a path does not exist.' }
            @{ Id = 'OutputPathInvalid'; Category = 'InvalidArgument'; When = '-OutputPath is a file, not a folder. Nothing is written.' }
            @{ Id = 'DocumentationBaseUrlInvalid'; Category = 'InvalidArgument'; When = '-DocumentationBaseUrl or $env:AIREGOPS_DOCS_BASE_URL is not an absolute https folder URL (terminating); the message never repeats credentials.' }
            @{ Id = 'OutputPathShared'; Category = 'InvalidArgument'; When = 'A second service in the same call would overwrite the first one''s files; put {service} in -OutputPath.' }
            @{ Id = 'OutputWriteFailed'; Category = 'WriteError'; When = 'The folder could not be written; nothing was changed there.' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = '-AsOf is not written yyyy-MM-dd.' }
        )
        Examples    = @(
            @{ Title = 'Assess a service and write its report'; Code = 'Import-ServiceProfile ./airegops.yml | Invoke-SecurityAssessment -OutputPath ./sa'; Remarks = 'Writes the five files to ./sa and returns the result; $result.Gaps lists what to fix.' }
            @{ Title = 'Findings of every service for code scanning'; Code = 'Invoke-SecurityAssessment -Path ./services -OutputPath ''./sa/{service}'' -Format Sarif, JUnit'; Remarks = 'One folder per service. For one SARIF file over all services, use Invoke-ComplianceGate -SarifPath.' }
            @{ Title = 'Show the gaps'; Code = '(Import-ServiceProfile ./airegops.yml | Invoke-SecurityAssessment -AsOf 2026-01-01).Gaps | Format-Table'; Remarks = 'Each gap names the focus item, the article and the remedy.' }
        )
        Links       = @('Invoke-ComplianceGate', 'Test-PublicOpinionAttribute')
    }

    'Register-EthicsReview' = @{
        Synopsis    = 'Records an S&T ethics committee or an approved activity and returns the registrations, reports and reviews that follow.'
        Description = @(
            'Records that an ethics (review) committee was established (-EstablishedOn) or an activity passed ethics review (-ApprovedOn, on the expert-review list or not), and returns what follows under the S&T Ethics Review Measures (Trial), in force 2023-12-01: registration on the national platform within 30 calendar days (a last day on a rest day moves to the next working day, Civil Code Art. 203) for a committee or a listed activity; the annual report by 31 March each year; follow-up reviews of an activity at most every 12 months. The unconfirmed 6-month interval for high-risk AI activities is returned as an advisory, never a deadline.'
            'An event before 2023-12-01 fell under the April 2023 draft, which binds nothing: a warning says so and its deadlines are marked not binding.'
            'Registrations are appended to a hash-chained ledger in the record store (the store Set-ComplianceStore chose, or -StateFolder; the same registration is recorded once), where Get-ComplianceSchedule and the Functions sweep find them: a registration with -Service concerns that service, one without concerns every service. -WhatIf writes nothing and still returns what would follow.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            Force = 'Write even when the service (or obligation, or period) matches nothing known: a warning instead of the NameUnknown error.'
            Committee          = 'The name of the ethics committee that was established.'
            EstablishedOn      = "The date the committee was established; not after -AsOf. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            Activity           = 'The name of the activity that passed ethics review.'
            ApprovedOn         = "The date the activity was approved; not after -AsOf. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            OnExpertReviewList = 'The activity is on the list that needs expert review (and its own platform registration).'
            Service            = 'The service it belongs to; omitted, it concerns every service. Tab completion reads ./airegops.yml.'
            RegisteredOn       = "When it was already registered on the national platform, if it was. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            AsOf               = "The date to plan from (the next annual report and follow-up on or after it). Default: today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            StateFolder        = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'System.Management.Automation.PSObject' = 'Objects with Committee and EstablishedOn, or Activity, ApprovedOn and OnExpertReviewList properties (and Service, RegisteredOn), e.g. rows from Import-Csv.' }
        Outputs     = @{ 'AiRegOps.Core.Ethics.EthicsOutcome' = 'Registration, Regime (Draft or Final), Deadlines (binding or not, in date order), Advisories, Notes, Event and AlreadyRecorded.' }
        Errors      = @(
            @{ Id = 'EthicsRegistrationInvalid'; Category = 'InvalidArgument'; When = 'The date is after -AsOf, or -RegisteredOn is before the event; the message names the parameter. Nothing is written.' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = 'A date is not written yyyy-MM-dd.' }
            @{ Id = 'RecordWriteFailed'; Category = 'WriteError'; When = 'The record store could not be read or written, or the ledger the record goes into does not verify; nothing was written. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Record a committee'; Code = 'Register-EthicsReview -Committee ''AI Ethics Committee'' -EstablishedOn 2024-12-31'; Remarks = 'Registration due 2025-02-05 (day 30 falls in the Spring Festival holiday), then the annual report every 31 March.' }
            @{ Title = 'Record an approved high-risk activity for one service'; Code = 'Register-EthicsReview -Activity ''Persona model training'' -ApprovedOn 2025-03-03 -OnExpertReviewList -Service zhiliao-chat | Select-Object -ExpandProperty Deadlines'; Remarks = 'Platform registration, annual report and follow-up review; the 6-month interval comes back as an advisory.' }
            @{ Title = 'Preview without recording'; Code = 'Register-EthicsReview -Committee ''Old committee'' -EstablishedOn 2023-06-01 -WhatIf'; Remarks = 'Warns that the draft bound nothing in June 2023 and writes nothing.' }
        )
        Links       = @('Get-ComplianceSchedule')
    }

    'Invoke-ComplianceGate' = @{
        Synopsis    = 'Fails a CI pipeline when an obligation is overdue or a security assessment has a gap that no valid waiver covers.'
        Description = @(
            'Schedules and assesses every service as of a date (default: today in China): a violation is a schedule item that is overdue (advisory items never are) or a security-assessment focus item with a gap or an undeclared control. A waiver (-WaiverFile: service, obligation, optional period, reason, expires) lets one pass until its expiry day; an expired waiver counts as no waiver and is reported as a warning, as is a valid waiver that matches nothing.'
            'Sets $LASTEXITCODE to 0 (passed), 1 (violations) or 2 (could not judge). On violations it also writes one ComplianceGateFailed error, so `pwsh -c ''Invoke-ComplianceGate''` exits 1; anything that stops it is a terminating error. To get 2 in the process exit code, end the script with `exit $LASTEXITCODE`.'
            'The gate fails closed: $LASTEXITCODE is 2 from the moment it starts until it has a verdict and has written every output asked for. A YAML syntax error (named by file, line and column), an unreadable or invalid profile, a missing or bad waiver file, a damaged state folder, a bad or empty argument, an output that cannot be written, or a defect in AiRegOps all leave it at 2 with an error record; none can let `Invoke-ComplianceGate …; exit $LASTEXITCODE` pass.'
            'When GITHUB_STEP_SUMMARY is set (GitHub Actions) or -SummaryPath is given, appends a Markdown job summary. -SarifPath and -JUnitPath write the assessment findings of all services in one file each. -WhatIf writes none of them and still gives the verdict.'
            'Recorded filings and ethics registrations in the record store are counted, as in Get-ComplianceSchedule.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            InputObject = 'Service profiles, usually from Import-ServiceProfile.'
            Path        = 'Profile files or folders (hidden folders such as .github are skipped). Default: the current location. Binds files from Get-ChildItem by their FullName.'
            AsOf        = "The date to judge on. Default: today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            WaiverFile  = 'A waiver file (YAML or JSON) with a top-level waivers list: service, obligation (an obligation id or sa2018.<item>), optional period, reason, expires (yyyy-MM-dd, inclusive).'
            SarifPath   = 'Write the assessment findings of all services as SARIF 2.1.0 to this file, for code scanning.'
            JUnitPath   = 'Write the assessment findings as JUnit XML to this file.'
            DocumentationBaseUrl = 'Where you publish the AiRegOps docs/ folder (an absolute https URL, no credentials, query or fragment). SARIF rules then carry a helpUri into code-scanning.md. Default: $env:AIREGOPS_DOCS_BASE_URL; without either, the full rule help is written inline only (help.text and help.markdown, which GitHub shows). An invalid URL stops the gate with exit code 2.'
            SummaryPath = 'Append the job summary to this file. Default: $env:GITHUB_STEP_SUMMARY; with neither, no summary is written.'
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
            LabelScan   = 'Results of Test-AigcLabel. Each Noncompliant file is a violation of -LabelObligation for -LabelService, with the file''s path as its period, so a waiver can name one file. NotFound and Inconclusive files do not fail the gate: check them with Test-AigcLabel -JUnitPath.'
            LabelService = 'The service the label scan belongs to. Default: the only service the gate checks; with several, this is required.'
            LabelObligation = 'The obligation a noncompliant label breaches. Default: label-implicit-metadata.'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Gate.GateResult' = 'AsOf, Services, Violations, Waived, ExpiredWaivers, UnusedWaivers, Warnings, Passed and ExitCode.' }
        Errors      = @(
            @{ Id = 'DocumentationBaseUrlInvalid'; Category = 'InvalidArgument'; When = '-DocumentationBaseUrl or $env:AIREGOPS_DOCS_BASE_URL is not an absolute https folder URL; $LASTEXITCODE is 2.' }
            @{ Id = 'ComplianceGateFailed'; Category = 'InvalidResult'; When = 'At least one violation without a valid waiver; the message lists them (non-terminating, so the GateResult is still returned). $LASTEXITCODE is 1.' }
            @{ Id = 'WaiverFileNotFound'; Category = 'ObjectNotFound'; When = 'The -WaiverFile does not exist (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'WaiverFileInvalid'; Category = 'InvalidData'; When = 'The -WaiverFile is malformed; the message names the file, line, column and field (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'A profile could not be read: one error per problem, then a terminating one; the gate does not judge ($LASTEXITCODE 2).' }
            @{ Id = 'ProfileIncomplete'; Category = 'InvalidData'; When = 'A profile lacks a field the assessment needs; the gate then stops as for ProfileInvalid.' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'A -Path does not exist; the gate then stops as for ProfileInvalid.' }
            @{ Id = 'NoServiceProfiles'; Category = 'ObjectNotFound'; When = 'No profile was found: a gate with nothing to check does not pass (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'OutputPathInvalid'; Category = 'InvalidArgument'; When = '-SarifPath or -JUnitPath is a folder (then ComplianceGateOutputsIncomplete).' }
            @{ Id = 'OutputWriteFailed'; Category = 'WriteError'; When = 'A report or the summary could not be written (then ComplianceGateOutputsIncomplete).' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = '-AsOf is not written yyyy-MM-dd ($LASTEXITCODE 2).' }
            @{ Id = 'ComplianceStoreFailed'; Category = 'ReadError'; When = 'The ledger holding a service''s records or completions does not verify or cannot be read (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'ParameterArgumentValidationError'; Category = 'InvalidData'; When = 'A path parameter is empty, e.g. an unset environment variable ($LASTEXITCODE 2).' }
            @{ Id = 'ComplianceGateOutputsIncomplete'; Category = 'WriteError'; When = 'The verdict was reached but -SarifPath, -JUnitPath or the summary could not be written (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'ComplianceGateInputUnreadable'; Category = 'ReadError'; When = 'An input could not be read from disk (terminating; $LASTEXITCODE 2).' }
            @{ Id = 'ComplianceGateInternalError'; Category = 'NotSpecified'; When = 'A defect in AiRegOps stopped the gate; the message names the exception type, never a stack trace (terminating; $LASTEXITCODE 2).' }
        )
        Examples    = @(
            @{ Title = 'The gate in a CI step'; Code = '$gate = Invoke-ComplianceGate -Path ./services -WaiverFile ./waivers.yml -SarifPath ./airegops.sarif -ErrorAction SilentlyContinue; "Passed: $($gate.Passed), exit code $LASTEXITCODE"'; Remarks = 'Writes the SARIF (and the job summary in GitHub Actions) and sets $LASTEXITCODE. Without -ErrorAction the violations are also written as a ComplianceGateFailed error. End a CI step with exit $LASTEXITCODE so the job fails with 1 on violations and 2 on bad input; examples/github-actions/ has a complete workflow.' }
            @{ Title = 'What would fail on a date'; Code = 'Invoke-ComplianceGate -Path ./services -AsOf 2026-04-01 -ErrorAction SilentlyContinue | Select-Object -ExpandProperty Violations'; Remarks = 'Lists the violations grouped by service, without failing the session.' }
            @{ Title = 'Which waivers are used, expired or unused'; Code = 'Invoke-ComplianceGate -Path ./airegops.yml -WaiverFile ./waivers.yml -AsOf 2026-02-01 -ErrorAction SilentlyContinue -WarningAction SilentlyContinue | Format-List Passed, Waived, ExpiredWaivers, UnusedWaivers'; Remarks = 'An expired waiver counts as no waiver and is also reported as a warning.' }
        )
        Links       = @('Get-ComplianceSchedule', 'Invoke-SecurityAssessment', 'Export-ComplianceReport')
    }

    'Export-ComplianceReport' = @{
        Synopsis    = 'Writes the compliance schedules of services as a Markdown, HTML (with a timeline) or CSV report.'
        Description = @(
            'Schedules each service as of a date, as Get-ComplianceSchedule does (with the recorded filings and ethics registrations of the record store), and writes one report: Markdown (a status summary and a table per service), HTML (one self-contained printable page with a timeline of due dates per service, then the tables) or CSV (RFC 4180, one row per item; cells that look like formulas are prefixed with '').'
            'The format comes from -Format or the file''s extension (.md, .html, .csv, .json). JSON is for scripts: dates as yyyy-MM-dd strings, statuses and confidence as names, lists as arrays, and for each service its dated items apart from its standing duties. The file is written atomically: a reader sees the old report or the new one. Not-applicable items are left out unless -IncludeNotApplicable is given.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            InputObject          = 'Service profiles, usually from Import-ServiceProfile.'
            Path                 = 'Profile files or folders, read as Import-ServiceProfile reads them. Binds files from Get-ChildItem by their FullName.'
            OutputPath           = 'The report file. Its extension picks the format unless -Format is given.'
            Format               = 'Markdown, Html, Csv or Json.'
            AsOf                 = "The date to evaluate on. Default: today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds); any other text is an error naming the parameter."
            IncludeNotApplicable = 'Also list the items that do not apply, with the reasons why.'
            StateFolder          = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
            PassThru             = 'Return the written file.'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'System.IO.FileInfo' = 'With -PassThru: the report file.' }
        Errors      = @(
            @{ Id = 'ReportFormatUnknown'; Category = 'InvalidArgument'; When = 'The extension is not .md, .html, .csv or .json and there is no -Format (terminating; nothing written).' }
            @{ Id = 'OutputPathInvalid'; Category = 'InvalidArgument'; When = '-OutputPath is a folder (terminating).' }
            @{ Id = 'OutputWriteFailed'; Category = 'WriteError'; When = 'The file could not be written; it is left as it was (terminating).' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'With -Path: as for Import-ServiceProfile; the other profiles are still reported.' }
            @{ Id = 'ProfilePathNotFound'; Category = 'ObjectNotFound'; When = 'With -Path: a path does not exist.' }
            @{ Id = 'ParameterArgumentTransformationError'; Category = 'InvalidData'; When = '-AsOf is not written yyyy-MM-dd.' }
            @{ Id = 'ComplianceStoreFailed'; Category = 'ReadError'; When = 'The ledger holding the service''s records or completions does not verify or cannot be read: nothing in it counts (terminating). Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'A printable timeline of every service'; Code = 'Export-ComplianceReport -Path ./services -OutputPath ./compliance.html'; Remarks = 'One HTML page: a lane per service with its due dates, the as-of line, then the tables.' }
            @{ Title = 'A spreadsheet of one service as of a date'; Code = 'Import-ServiceProfile ./airegops.yml | Export-ComplianceReport ./schedule.csv -AsOf 2026-01-01 -PassThru'; Remarks = 'One row per schedule item; returns the file.' }
        )
        Links       = @('Get-ComplianceSchedule', 'Invoke-ComplianceGate')
    }

    'Set-ComplianceStore' = @{
        Synopsis    = 'Chooses where the session keeps evidence and records: a local folder or Azure Storage.'
        Description = @(
            'One call chooses both stores: the evidence cmdlets (Add-, Get-, Save-, Test- and Revoke-ComplianceEvidence), the record cmdlets (Register-AlgorithmFiling, Register-EthicsReview, Get- and Revoke-ComplianceRecord) and every cmdlet that computes a schedule use the location chosen here until the PowerShell session (runspace) ends. Until one is chosen it is the local folder ./.airegops/evidence below the current location. Evidence and records share it: content as blobs, and the hash-chained ledgers in a folder or an Azure table; on Azure the Functions app reads the same table, so its sweep counts what a pipeline recorded.'
            '-Path chooses a local folder; -ConnectionString an Azure Storage account by connection string (a SecureString or a string); -AccountUrl an account''s blob endpoint, or -AccountName an account by name, signed in with DefaultAzureCredential (managed identity, Azure CLI, environment) at the authority of the cloud -Environment names: AzureCloud (the default), AzureChinaCloud (Azure operated by 21Vianet, storage under core.chinacloudapi.cn) or AzureUSGovernment, as the Az modules name them. Set-ComplianceStore without parameters goes back to the default. Nothing is written or contacted; the choice is checked and remembered.'
            'A connection string, account key or SAS token is never shown: not by Get-ComplianceStore, -PassThru, -Verbose or any error.'
        )
        Parameters  = @{
            Path             = 'A local folder for evidence and records (content, ledgers); relative paths start at the current location. Omitted (and no other parameter), the default ./.airegops/evidence.'
            ConnectionString = 'An Azure Storage connection string (account key or SAS), as a SecureString (Read-Host -AsSecureString) or a string. Never shown.'
            AccountUrl       = 'The blob endpoint of an Azure Storage account, such as https://account.blob.core.windows.net; signs in with DefaultAzureCredential.'
            AccountName      = 'The name of an Azure Storage account (3-24 lower-case letters and digits); its endpoints are those of the cloud -Environment names. Signs in with DefaultAzureCredential.'
            Environment      = 'The Azure cloud of -AccountName or -AccountUrl: AzureCloud (default), AzureChinaCloud or AzureUSGovernment. Sets the storage endpoint suffix and the sign-in authority.'
            PassThru         = 'Return the chosen store (kind and location).'
        }
        Inputs      = @{ 'System.String' = 'Objects with a FullName property (a folder), for -Path.' }
        Outputs     = @{ 'AiRegOps.PowerShell.ComplianceStoreInfo' = 'With -PassThru: the kind and location of the store, without secrets.' }
        Errors      = @(
            @{ Id = 'ComplianceStoreInvalid'; Category = 'InvalidArgument'; When = 'The connection string, account URL or folder cannot be used; the message never contains the connection string or key (terminating).' }
        )
        Examples    = @(
            @{ Title = 'Try the Azure store against the local emulator'; Code = "Set-ComplianceStore -ConnectionString 'UseDevelopmentStorage=true'"; Remarks = 'Uses Azurite on this machine. A real connection string is best given as a SecureString: -ConnectionString (Read-Host -AsSecureString). It is never shown again.' }
            @{ Title = 'Use managed identity'; Code = 'Set-ComplianceStore -AccountUrl https://contosoevidence.blob.core.windows.net'; Remarks = 'Signs in with DefaultAzureCredential when the store is first used; tables are on the matching .table. endpoint.' }
            @{ Title = 'Use an account in Azure China'; Code = 'Set-ComplianceStore -AccountName contosoevidence -Environment AzureChinaCloud -PassThru'; Remarks = 'Evidence goes to https://contosoevidence.blob.core.chinacloudapi.cn; the sign-in is at login.chinacloudapi.cn. Nothing is contacted until the store is used.' }
            @{ Title = 'Keep evidence in a folder'; Code = 'Set-ComplianceStore -Path ./evidence -PassThru'; Remarks = 'The evidence cmdlets of this session use that folder (for example one synchronised to a shared drive).' }
        )
        Links       = @('Get-ComplianceStore', 'Add-ComplianceEvidence')
    }

    'Send-DeploymentEvent' = @{
        Synopsis    = 'Tells the AiRegOps Functions app what a release deployed: uploads its evidence files and queues a deployment event.'
        Description = @(
            'The release manager''s path (docs/deployment-events.md). Each -Evidence file is uploaded to the release-evidence container as <service>/<version>/<file name>, and an airegops/deployment/v1 event naming the service, version, environment, time, changes and files is put on the deployment-events queue, base64-encoded as the Functions queue trigger reads it. The DeploymentEvents function then records the changes as events and the files as evidence for their obligations, and plans the service''s reminders again.'
            'The event is built and checked by the same reader the function uses before anything is written: a bad change type, an unknown obligation or a missing file writes nothing. The storage account is chosen as with Set-ComplianceStore: -ConnectionString, -AccountUrl, or -AccountName with -Environment (AzureCloud, AzureChinaCloud, AzureUSGovernment). With managed identity the caller needs Storage Queue Data Message Sender on the queue and Storage Blob Data Contributor on the container (infra/main.bicep grants both to releasePipelinePrincipalId).'
            'Sending the same deployment again is safe: the id (by default <service>-<version>-<environment>) makes the function apply it once, and a file already uploaded with the same bytes is kept. A blob that already holds other bytes is an error: release evidence is never overwritten. -WhatIf checks the event and sends nothing.'
        )
        Parameters  = @{
            Service           = 'The service''s metadata.name in its airegops.yml.'
            Version           = 'The version deployed (up to 128 characters).'
            TargetEnvironment = 'Where it was deployed: 1-64 lower-case letters, digits and dashes, such as production. (-Environment is the Azure cloud, as in the Az modules.)'
            OccurredAt        = 'When it was deployed: an ISO 8601 instant with its offset (yyyy-MM-ddTHH:mm:ss[.fff] then Z or +hh:mm), or a [datetime]/[DateTimeOffset] object; now when omitted. Text in a culture''s format (06/01/2026 10:00) or without an offset is refused with the form expected. The events are dated with this instant''s date in China.'
            Change            = 'What changed, as hashtables: type (a profile event type such as function-added, material-technical-change, filing-information-changed), feature (required for function-added), subject, note.'
            Evidence          = 'Files that show obligations are met, as hashtables: obligation (a catalogue id), path, and optionally period (default: the obligation''s earliest open period after this event), mediaType, note.'
            Id                = 'The idempotency key (1-128 letters, digits, ''.'', ''_'', '':'' or ''-''); default <service>-<version>-<environment>.'
            DeployedBy        = 'Who deployed it, recorded as who added the evidence. Default: the current user name.'
            ConnectionString  = 'An Azure Storage connection string, as a SecureString or a string. Never shown.'
            AccountUrl        = 'The blob endpoint of the storage account (its queue endpoint is derived); signs in with DefaultAzureCredential.'
            AccountName       = 'The storage account name; its endpoints are those of the cloud -Environment names. Signs in with DefaultAzureCredential.'
            Environment       = 'The Azure cloud: AzureCloud (default), AzureChinaCloud or AzureUSGovernment.'
            Container         = 'The container the files go to. Default: release-evidence.'
            Queue             = 'The queue the event goes to. Default: deployment-events (the app setting DeploymentEventsQueue).'
        }
        Inputs      = @{ 'System.Management.Automation.PSObject' = 'Objects with Service, Version, TargetEnvironment (and the other parameters) as properties.' }
        Outputs     = @{ 'AiRegOps.Azure.Watch.DeploymentEventReceipt' = 'The event id, service, version, environment, the queue, the queue''s message id and the uploaded blobs.' }
        Errors      = @(
            @{ Id = 'DeploymentEventInvalid'; Category = 'InvalidArgument'; When = 'The event or its files are not valid (every problem named); nothing was written (terminating).' }
            @{ Id = 'DeploymentEventSendFailed'; Category = 'WriteError'; When = 'The upload or the queue refused or could not be reached; sending again completes it without duplicates. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Check a release''s event without sending it'; Code = "Send-DeploymentEvent zhiliao-chat -Version 2026.03.02 -TargetEnvironment production -Change @{ type = 'function-added'; feature = 'live-streaming' } -Evidence @{ obligation = 'sa-security-assessment'; path = './assessment-2025.pdf'; mediaType = 'application/pdf' } -AccountName contosorelease -Environment AzureChinaCloud -WhatIf"; Remarks = 'Builds and validates the event, and says what it would upload and send; nothing is contacted.' }
            @{ Title = 'Send it from a pipeline with managed identity'; Code = "`$receipt = Send-DeploymentEvent zhiliao-chat -Version 2026.03.02 -TargetEnvironment production -Evidence @{ obligation = 'sa-security-assessment'; path = './assessment-2025.pdf' } -AccountUrl https://contosorelease.blob.core.windows.net -WhatIf"; Remarks = 'Without -WhatIf, $receipt.MessageId is the queue message id and $receipt.Blobs the uploaded files.' }
        )
        Links       = @('Set-ComplianceStore', 'Get-ComplianceSchedule')
    }

    'Get-ComplianceStore' = @{
        Synopsis    = 'Shows the evidence store the session uses.'
        Description = @(
            'Returns the kind (Local or Azure) and location of the store chosen with Set-ComplianceStore, or the default local folder ./.airegops/evidence below the current location with IsDefault set.'
            'It never shows a connection string, account key or SAS token.'
        )
        Parameters  = @{}
        Inputs      = @{}
        Outputs     = @{ 'AiRegOps.PowerShell.ComplianceStoreInfo' = 'Kind, Location and IsDefault.' }
        Errors      = @()
        Examples    = @(
            @{ Title = 'Where does evidence go?'; Code = 'Get-ComplianceStore'; Remarks = 'Shows the store of this session.' }
            @{ Title = 'Refuse to run against the default store in CI'; Code = 'if ((Get-ComplianceStore).IsDefault) { throw "Set-ComplianceStore first" }'; Remarks = 'IsDefault is true until a store is chosen.' }
        )
        Links       = @('Set-ComplianceStore')
    }

    'Add-ComplianceEvidence' = @{
        Synopsis    = 'Adds files as evidence that a service met an obligation for a period.'
        Description = @(
            'Each file is stored in the session''s evidence store (Set-ComplianceStore) under its SHA-256, and a ledger entry naming the service, obligation, period, deployment, who added it and a note is appended to the service''s hash-chained ledger. The obligation then counts as met for that period in Get-ComplianceSchedule.'
            'Adding the same content for the same service, obligation and period again changes nothing: the record comes back with Outcome AlreadyRecorded. A new entry has Outcome Added. -WhatIf writes nothing.'
        )
        Parameters  = @{
            HolidayFile = 'A holiday notice file for the calendar the period keys are checked against. Default: $env:AIREGOPS_HOLIDAY_FILE.'
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
            Force = 'Write even when the service (or obligation, or period) matches nothing known: a warning instead of the NameUnknown error.'
            Path        = 'The files to add; wildcards are allowed and relative paths start at the current location. Binds files from Get-ChildItem by their FullName. A folder is an error.'
            Service     = 'The service (its profile name) the evidence is for.'
            Obligation  = 'The obligation id the evidence shows is met; tab completion offers the catalogue''s ids. Binds ObligationId from schedule items.'
            Period      = 'The period key it covers, as in the schedule item''s PeriodKey, which binds from the pipeline (for example FY2025, launched@2025-09-26 or continuous).'
            Deployment  = 'The deployment or release it belongs to, if any.'
            AddedBy     = 'Who added it. Default: the current user name.'
            Note        = 'A note of up to 4,000 characters.'
        }
        Inputs      = @{ 'System.String' = 'Paths, or file objects (FullName); objects with Service, ObligationId, Period properties.' }
        Outputs     = @{ 'AiRegOps.Core.Evidence.EvidenceRecord' = 'One per file, with Outcome (Added or AlreadyRecorded), Hash, Sequence and the metadata.' }
        Errors      = @(
            @{ Id = 'EvidenceFileNotFound'; Category = 'ObjectNotFound'; When = 'A path does not exist, is a folder or is not on the file system.' }
            @{ Id = 'EvidenceInvalid'; Category = 'InvalidArgument'; When = 'The service name is not valid or the metadata is incomplete.' }
            @{ Id = 'EvidenceAddFailed'; Category = 'WriteError'; When = 'The store could not be written; a retry completes the add without duplicates. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Record a security assessment report'; Code = 'Add-ComplianceEvidence ./assessment-2025.pdf -Service zhiliao-chat -Obligation sa-security-assessment -Period launched@2025-09-26'; Remarks = 'Returns the record with Outcome Added, or AlreadyRecorded when it was added before.' }
            @{ Title = 'Add every file of a release'; Code = 'Get-ChildItem ./release-evidence -File | Add-ComplianceEvidence -Service zhiliao-chat -Obligation label-explicit-labels -Period continuous -Deployment v2.4.0 -WhatIf'; Remarks = 'Files bind by FullName; -WhatIf shows what would be added and writes nothing.' }
        )
        Links       = @('Get-ComplianceEvidence', 'Set-ComplianceStore', 'Get-ComplianceSchedule')
    }

    'Revoke-ComplianceEvidence' = @{
        Synopsis    = 'Withdraws evidence or a recorded fact by appending a revocation; nothing is deleted.'
        Description = @(
            'Appends a revocation entry to the service''s hash-chained ledger naming the content it withdraws (its SHA-256, for the same obligation and period), the reason and who revoked it; the entry''s timestamp says when. The revoked entry stays in the ledger and Test-ComplianceEvidence still verifies the chain.'
            'From then on the schedule, the gate, reports and reminders no longer count the revoked evidence. Revoking the same content again for the same reason changes nothing. Pipe records from Get-ComplianceEvidence. -WhatIf writes nothing.'
        )
        Parameters  = @{
            Service     = 'The service whose ledger holds the evidence. Binds Service from evidence records.'
            Hash        = 'The content hash (sha256: and 64 hex digits, or the digits alone). Binds Hash from evidence records.'
            Obligation  = 'Only the entry for this obligation id; default every obligation the content was added for. Binds ObligationId.'
            Period      = 'Only the entry for this period key. Binds Period and PeriodKey.'
            Reason      = 'Why the evidence no longer counts; kept in the ledger (up to 1,000 characters).'
            RevokedBy   = 'Who revokes it. Default: the current user name.'
            HolidayFile = 'A holiday notice file for the calendar of the workspace (default: $env:AIREGOPS_HOLIDAY_FILE); it does not change what is revoked.'
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'AiRegOps.Core.Evidence.EvidenceRecord' = 'Evidence records from Get-ComplianceEvidence (Service, Hash, ObligationId, Period).' }
        Outputs     = @{ 'AiRegOps.Core.Evidence.LedgerEntry' = 'The revocation entries appended (none when already revoked for the same reason).' }
        Errors      = @(
            @{ Id = 'EvidenceNotFound'; Category = 'ObjectNotFound'; When = 'No entry of the service has that content (for that obligation and period).' }
            @{ Id = 'RevocationInvalid'; Category = 'InvalidArgument'; When = 'The hash, service name or reason is not valid.' }
            @{ Id = 'RevocationFailed'; Category = 'WriteError'; When = 'The store could not be read or written, or its ledger does not verify. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Withdraw a report uploaded for the wrong year'; Code = 'Get-ComplianceEvidence -Service zhiliao-chat -Obligation ethics-annual-report -Period FY2025 | Revoke-ComplianceEvidence -Reason ''report of FY2024 uploaded by mistake'' -WhatIf'; Remarks = 'Shows the revocation it would append; without -WhatIf it asks for confirmation.' }
            @{ Title = 'Revoke by hash'; Code = 'Revoke-ComplianceEvidence -Service zhiliao-chat -Hash sha256:0000000000000000000000000000000000000000000000000000000000000000 -Reason ''wrong file'' -WhatIf'; Remarks = 'Every entry of that content is revoked unless -Obligation or -Period narrows it.' }
        )
        Links       = @('Get-ComplianceEvidence', 'Add-ComplianceEvidence', 'Test-ComplianceEvidence')
    }

    'Get-ComplianceRecord' = @{
        Synopsis    = 'Lists the records of the record store: filings and ethics registrations, with who recorded them and whether they were revoked.'
        Description = @(
            'Reads the record store (the store Set-ComplianceStore chose, or -StateFolder) and returns one object per record: the service (empty for a registration of the whole unit), what it records, its date, its content hash, who recorded it and when, and, for a revoked record, who revoked it, when and why.'
            'Each ledger is verified first; a ledger that does not verify is an error naming its first problem, and none of its records is shown. Revoked records are left out unless -IncludeRevoked. Pipe the output to Revoke-ComplianceRecord to withdraw a record.'
        )
        Parameters  = @{
            Service        = 'Only the records that concern this service: its own and those of the whole unit.'
            IncludeRevoked = 'Also the revoked records (they stay in the ledger and no longer count).'
            HolidayFile    = 'A holiday notice file for the calendar of the workspace (default: $env:AIREGOPS_HOLIDAY_FILE); it does not change what is listed.'
            StateFolder    = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'System.String' = 'Objects with a Service property, for -Service.' }
        Outputs     = @{ 'AiRegOps.Core.Records.ComplianceRecord' = 'Ledger, Service, Kind, Filing or Ethics, Date, Summary, Hash, Period, Sequence, RecordedAt, RecordedBy, Revoked, RevokedAt, RevokedBy, RevocationReason.' }
        Errors      = @(
            @{ Id = 'RecordReadFailed'; Category = 'ReadError'; When = 'The record store could not be read, or a ledger does not verify. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'What is recorded for a service'; Code = 'Get-ComplianceRecord -Service zhiliao-chat'; Remarks = 'The filings and ethics registrations that count for it, including those of the whole unit.' }
            @{ Title = 'Everything, withdrawn records included, as JSON'; Code = 'Get-ComplianceRecord -IncludeRevoked | ConvertTo-Json -Depth 3'; Remarks = 'A revoked record shows who revoked it, when and why.' }
        )
        Links       = @('Revoke-ComplianceRecord', 'Register-AlgorithmFiling', 'Register-EthicsReview', 'Set-ComplianceStore')
    }

    'Revoke-ComplianceRecord' = @{
        Synopsis    = 'Withdraws a recorded filing or ethics registration by appending a revocation; nothing is deleted.'
        Description = @(
            'Appends a revocation entry to the ledger that holds the record, naming its content hash, the reason and who revoked it; the entry''s timestamp says when. The record stays in the ledger (Get-ComplianceRecord -IncludeRevoked shows it) and Test-ComplianceEvidence still verifies the chain.'
            'From then on the schedule, the gate, reports, reminders and the Functions sweep no longer count it. Revoking it again for the same reason changes nothing; the same record can be recorded again afterwards. Works the same on a local folder and on Azure. Pipe records from Get-ComplianceRecord. -WhatIf writes nothing.'
        )
        Parameters  = @{
            Hash        = 'The record''s content hash (sha256: and 64 hex digits, or the digits alone), as Get-ComplianceRecord shows it. Binds Hash from records.'
            Service     = 'The service the record belongs to; omitted or empty (as piped for a record of the whole unit), the records of the whole unit. Binds Service from records.'
            Reason      = 'Why the record no longer counts; kept in the ledger (up to 1,000 characters).'
            RevokedBy   = 'Who revokes it. Default: the current user name.'
            HolidayFile = 'A holiday notice file for the calendar of the workspace (default: $env:AIREGOPS_HOLIDAY_FILE); it does not change what is revoked.'
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'AiRegOps.Core.Records.ComplianceRecord' = 'Records from Get-ComplianceRecord (Hash, Service).' }
        Outputs     = @{ 'AiRegOps.Core.Records.ComplianceRecord' = 'The record as it now reads, revoked (nothing when it was already revoked for the same reason).' }
        Errors      = @(
            @{ Id = 'RecordNotFound'; Category = 'ObjectNotFound'; When = 'No record of that service (or of the whole unit) has that hash.' }
            @{ Id = 'RevocationInvalid'; Category = 'InvalidArgument'; When = 'The hash, service name or reason is not valid.' }
            @{ Id = 'RecordWriteFailed'; Category = 'WriteError'; When = 'The store could not be read or written, or its ledger does not verify. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Withdraw a filing recorded with the wrong number'; Code = 'Get-ComplianceRecord -Service zhiliao-chat | Where-Object Kind -eq Filing | Revoke-ComplianceRecord -Reason ''number of another service'' -WhatIf'; Remarks = 'Shows the revocation it would append; without -WhatIf it asks for confirmation.' }
            @{ Title = 'Revoke by hash'; Code = 'Revoke-ComplianceRecord -Service zhiliao-chat -Hash sha256:0000000000000000000000000000000000000000000000000000000000000000 -Reason ''wrong record'' -WhatIf'; Remarks = 'The hash is the one Get-ComplianceRecord shows.' }
        )
        Links       = @('Get-ComplianceRecord', 'Revoke-ComplianceEvidence', 'Test-ComplianceEvidence')
    }

    'Get-ComplianceEvidence' = @{
        Synopsis    = 'Lists the evidence recorded in the session''s store.'
        Description = @(
            'Returns the ledger entries of the session''s evidence store (Set-ComplianceStore), by service then sequence. The filters combine; omitted, everything is listed.'
        )
        Parameters  = @{
            Service    = 'Only this service. Binds Name or Service from the pipeline (service profiles).'
            Obligation = 'Only this obligation id (case-insensitive). Binds ObligationId from schedule items.'
            Period     = 'Only this period key. Binds PeriodKey from schedule items.'
            Deployment = 'Only evidence of this deployment.'
        }
        Inputs      = @{ 'System.String' = 'Objects with Service, Name, ObligationId, Period or DeploymentId properties.' }
        Outputs     = @{ 'AiRegOps.Core.Evidence.EvidenceRecord' = 'One per ledger entry, with Outcome Recorded (read from the ledger, not added by this command).' }
        Errors      = @(
            @{ Id = 'EvidenceInvalid'; Category = 'InvalidArgument'; When = 'The service name is not valid.' }
            @{ Id = 'EvidenceReadFailed'; Category = 'ReadError'; When = 'The store could not be read. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Everything recorded for a service'; Code = 'Get-ComplianceEvidence -Service zhiliao-chat'; Remarks = 'Lists the entries in ledger order.' }
            @{ Title = 'The evidence behind satisfied items'; Code = 'Get-ComplianceSchedule -Path ./airegops.yml -Status Satisfied | Get-ComplianceEvidence'; Remarks = 'Schedule items bind by Service, ObligationId and PeriodKey.' }
        )
        Links       = @('Add-ComplianceEvidence', 'Save-ComplianceEvidence')
    }

    'Save-ComplianceEvidence' = @{
        Synopsis    = 'Downloads evidence from the session''s store, verifying its hash.'
        Description = @(
            'Saves evidence records (from Get-ComplianceEvidence) or content hashes into a folder, under the recorded file name (or the hash). -Destination is always a folder; a missing one is created (not with -WhatIf). The content is verified against its SHA-256 as it streams; the file appears only once verified.'
            'Changed content is an error and leaves nothing behind; a name already taken (by an earlier file, or by another record saved in the same run) is an error unless -Force is given.'
        )
        Parameters  = @{
            InputObject = 'Evidence records, from Get-ComplianceEvidence or Add-ComplianceEvidence.'
            Hash        = 'Content hashes: 64 hex digits, sha256:<hex> or a blob name sha256/ab/<hex>. Binds ContentHash or BlobName by property name.'
            Destination = 'The folder to save into, created when missing; files keep their recorded names (or the hash). A path to an existing file is an error.'
            Force       = 'Overwrite an existing file.'
        }
        Inputs      = @{ 'AiRegOps.Core.Evidence.EvidenceRecord' = 'Evidence records.'; 'System.String' = 'Objects with a ContentHash or BlobName property.' }
        Outputs     = @{ 'System.IO.FileInfo' = 'Each saved file.' }
        Errors      = @(
            @{ Id = 'EvidenceHashInvalid'; Category = 'InvalidArgument'; When = 'A -Hash is not a SHA-256 hash.' }
            @{ Id = 'EvidenceNotFound'; Category = 'ObjectNotFound'; When = 'The content is not in the store.' }
            @{ Id = 'EvidenceIntegrityFailed'; Category = 'InvalidData'; When = 'The stored content no longer matches its hash; nothing is saved.' }
            @{ Id = 'EvidenceDestinationExists'; Category = 'ResourceExists'; When = 'The file name is already taken in the folder and -Force is not given; the file is left as it was.' }
            @{ Id = 'EvidenceDestinationNotFolder'; Category = 'InvalidArgument'; When = '-Destination is an existing file (terminating; nothing is saved).' }
            @{ Id = 'EvidenceSaveFailed'; Category = 'WriteError'; When = 'The file cannot be written; nothing is left there.' }
        )
        Examples    = @(
            @{ Title = 'Download a service''s evidence for an audit'; Code = 'Get-ComplianceEvidence -Service zhiliao-chat | Save-ComplianceEvidence -Destination ./audit'; Remarks = 'Each file is verified and saved under its recorded name.' }
            @{ Title = 'Fetch content by its hash'; Code = 'Save-ComplianceEvidence -Hash (Get-FileHash ./assessment-2025.pdf).Hash -Destination ./restored'; Remarks = 'Creates ./restored when missing and saves the content there under its hash, once it matches.' }
        )
        Links       = @('Get-ComplianceEvidence', 'Test-ComplianceEvidence')
    }

    'Test-ComplianceEvidence' = @{
        Synopsis    = 'Verifies the evidence ledgers and blobs of the session''s store.'
        Description = @(
            'Checks every ledger chain (a changed, removed or reordered entry breaks it) and every blob (missing, or no longer matching its hash), and with no -Service also reports orphan blobs and stale staging blobs as warnings.'
            'Outputs the VerificationReport (IsValid, Problems, EntriesChecked, BlobsChecked), writes a warning per problem, and writes an EvidenceVerificationFailed error when the store is not valid, so -ErrorAction Stop fails a CI step.'
        )
        Parameters  = @{
            Service = 'Only this service''s ledger and blobs. Binds Name or Service from the pipeline.'
        }
        Inputs      = @{ 'System.String' = 'Objects with a Service or Name property.' }
        Outputs     = @{ 'AiRegOps.Core.Evidence.VerificationReport' = 'The report; IsValid is false when any error-severity problem was found.' }
        Errors      = @(
            @{ Id = 'EvidenceVerificationFailed'; Category = 'InvalidData'; When = 'A ledger or blob was changed, removed or reordered; the message lists the problems.' }
            @{ Id = 'EvidenceInvalid'; Category = 'InvalidArgument'; When = 'The service name is not valid.' }
            @{ Id = 'EvidenceReadFailed'; Category = 'ReadError'; When = 'The store could not be read. Secrets are masked.' }
        )
        Examples    = @(
            @{ Title = 'Verify everything'; Code = 'Test-ComplianceEvidence'; Remarks = 'Shows the report and a warning per problem.' }
            @{ Title = 'Fail a nightly job on tampering'; Code = 'Test-ComplianceEvidence -Service zhiliao-chat -ErrorAction Stop'; Remarks = 'Stops with EvidenceVerificationFailed when the ledger or a blob was changed.' }
        )
        Links       = @('Add-ComplianceEvidence', 'Save-ComplianceEvidence')
    }

    'Send-ComplianceReminder' = @{
        Synopsis    = 'Opens, updates and closes GitHub issues for the compliance schedule of services.'
        Description = @(
            'Builds the schedule of each service profile (with the recorded filings, ethics registrations and the evidence in the session''s store) and plans one issue per item that needs action in the repository: open new ones, update changed ones, close the ones that are done.'
            'Without a token (-Token or the GITHUB_TOKEN environment variable), or with -WhatIf, it is a dry run: nothing is written, and the planned actions are output (and shown with -Verbose). The token is never shown.'
        )
        Parameters  = @{
            HolidayFile = 'A State Council holiday notice file (JSON, holiday-cn format) that adds years to the shipped calendar or replaces them. Default: the file named by $env:AIREGOPS_HOLIDAY_FILE, else the shipped calendar.'
            InputObject = 'Service profiles, usually from Import-ServiceProfile.'
            Path        = 'Profile files or folders, read as Import-ServiceProfile reads them. Binds files from Get-ChildItem by their FullName.'
            Repository  = 'The repository, as owner/name.'
            Token       = 'A GitHub token with issues write access, as a SecureString. Default: $env:GITHUB_TOKEN. Without either, a dry run. Never shown.'
            BaseUrl     = 'A GitHub Enterprise Server address, such as https://ghe.example.com/. Default: github.com.'
            AsOf        = "The date to evaluate on. Default: today in China. Written yyyy-MM-dd (a [DateTime] or [DateOnly] also binds)."
            StateFolder = 'A local folder that holds the records (filings, ethics registrations) for this command instead of the store Set-ComplianceStore chose. Default: $env:AIREGOPS_STATE, else the session''s store (./.airegops/evidence until one is chosen).'
        }
        Inputs      = @{ 'AiRegOps.Core.Profiles.ServiceProfile' = 'Service profiles.'; 'System.String' = 'Objects with a FullName property (files), for -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Reminders.ReminderChange' = 'One per planned or made write (Action Open, Update or Close), with Repository and DryRun added.' }
        Errors      = @(
            @{ Id = 'RepositoryInvalid'; Category = 'InvalidArgument'; When = '-Repository is not owner/name (terminating).' }
            @{ Id = 'ReminderSendFailed'; Category = 'ConnectionError'; When = 'GitHub could not be reached or refused the request; the token is masked (terminating).' }
            @{ Id = 'ComplianceStoreFailed'; Category = 'ReadError'; When = 'The evidence store could not be read (terminating).' }
            @{ Id = 'ProfileInvalid'; Category = 'InvalidData'; When = 'With -Path: as for Import-ServiceProfile.' }
        )
        Examples    = @(
            @{ Title = 'See what would be opened'; Code = 'Send-ComplianceReminder -Path ./airegops.yml -Repository octo-org/chat-service'; Remarks = 'Without GITHUB_TOKEN this is a dry run that lists the planned actions.' }
            @{ Title = 'Preview against GitHub Enterprise'; Code = 'Import-ServiceProfile ./services | Send-ComplianceReminder -Repository octo-org/compliance -BaseUrl https://ghe.example.com/ -WhatIf'; Remarks = 'With a token in GITHUB_TOKEN, -WhatIf still writes nothing. In CI, set GITHUB_TOKEN and leave out -WhatIf to open, update and close the issues.' }
        )
        Links       = @('Get-ComplianceSchedule', 'Set-ComplianceStore')
    }

    'Test-AigcLabel' = @{
        Synopsis    = 'Checks the GB 45438-2025 implicit label (AIGC metadata) of files: one verdict per file, with the parsed label and findings.'
        Description = @(
            'Reads each file''s label carrier within fixed limits, seeking over media data: PNG tEXt/iTXt/XMP, JPEG XMP and EXIF UserComment, WebP XMP/EXIF, GIF and TIFF XMP, MP4/MOV keys+ilst and XMP, MKV/WebM SimpleTag, AVI LIST/INFO, FLV onMetaData, WAV AIGC chunk, MP3 ID3v2 TXXX, FLAC and Ogg Vorbis comments, DOCX/XLSX/PPTX docProps/custom.xml, PDF information dictionary (every revision) and Markdown front matter. Folders are searched recursively for these formats.'
            'Verdict is Compliant (exactly one label passing every error rule), Noncompliant (a rule broken, or a second label), NotFound (read to the end of the metadata, no label) or Inconclusive (truncated, malformed, past a reading limit or unsupported). Each finding has a stable rule id (AIGC001...), the clause it rests on and its confidence mark, and where in the file; docs/labels.md lists the rules.'
            'With -Service and -Period the scan report (JSON) is added to the session''s evidence store (Set-ComplianceStore) for -Obligation, so the labelling obligation counts as met for that period. -WhatIf writes no report and records nothing.'
        )
        Parameters  = @{
            Path       = 'Files or folders; relative paths start at the current location. Binds files from Get-ChildItem by their FullName.'
            SarifPath  = 'Writes the findings as SARIF 2.1.0 (one result per finding, rule ids and clauses in the driver''s rules).'
            JUnitPath  = 'Writes one JUnit test case per file: Noncompliant and NotFound fail, Inconclusive is an error.'
            Service    = 'Records the scan report as evidence for this service (the profile''s metadata.name); needs -Period.'
            Obligation = 'The obligation the scan is evidence for. Default: label-implicit-metadata.'
            Period     = 'The schedule period key the scan covers, as Get-ComplianceSchedule shows it.'
        }
        Inputs      = @{ 'System.String' = 'Paths, or files from Get-ChildItem (by FullName).' }
        Outputs     = @{ 'AiRegOps.Labels.Checking.AigcLabelResult' = 'Path, Format, Verdict, Reason, the label fields (Label, ContentProducer, ProduceID, ReservedCode1, ContentPropagator, PropagateID, ReservedCode2), Carrier, LabelCount, Findings, RuleIds, BytesRead, Reads and RuleSet. With -Service, also the EvidenceRecord of the report.' }
        Errors      = @(
            @{ Id = 'AigcLabelPathNotFound'; Category = 'ObjectNotFound'; When = 'A path does not exist or a file cannot be read; the other paths are still checked.' }
            @{ Id = 'AigcLabelPeriodMissing'; Category = 'InvalidArgument'; When = '-Service, -Obligation or -Period was given without the others (-Obligation has a default) (terminating).' }
            @{ Id = 'AigcLabelEvidenceFailed'; Category = 'WriteError'; When = 'The scan report could not be added to the evidence store.' }
        )
        Examples    = @(
            @{ Title = 'Check an export folder'; Code = 'Test-AigcLabel ./exports | Where-Object Verdict -ne Compliant | Format-Table Verdict, Format, Path, Reason'; Remarks = 'Lists the files without a conformant label and why.' }
            @{ Title = 'In CI, with reports and evidence'; Code = 'Test-AigcLabel ./exports -SarifPath labels.sarif -JUnitPath labels.xml -Service chat-assistant -Period continuous -WhatIf'; Remarks = 'Uploads the SARIF to code scanning, the JUnit to the test reporter, and records the scan in the evidence ledger.' }
        )
        Links       = @('Add-AigcLabel', 'Compare-AigcLabel', 'Invoke-ComplianceGate')
    }

    'Add-AigcLabel' = @{
        Synopsis    = 'Writes a GB 45438-2025 implicit label into PNG, JPEG, MP4/MOV, WAV, MP3, DOCX/XLSX/PPTX and Markdown files, and reads it back.'
        Description = @(
            'Builds the Annex E JSON object (keys in Annex E order) and puts it where the TC260 practice guides place it: PNG tEXt AIGC after IHDR, JPEG XMP TC260:AIGC, MP4 moov/udta/meta keys+ilst, WAV AIGC chunk, MP3 ID3v2 TXXX AIGC, docProps/custom.xml property AIGC, Markdown front matter AIGC. The other formats Test-AigcLabel reads (WebP, GIF, TIFF, MKV/WebM, AVI, FLV, FLAC, Ogg, PDF) are read-only and refused.'
            'The new file is written beside the original, read back with the checker of Test-AigcLabel and renamed over the original only if exactly this one compliant label is found (common tools silently drop the key). Otherwise the original is untouched and the error says why. A file that already has a label is refused: GB 45438-2025 allows one.'
            'Not supported yet, with a clear error: JPEG files that already hold XMP, MP4 files whose moov precedes the media data or already has user data, unsynchronised ID3 tags.'
        )
        Parameters  = @{
            Path              = 'The files to label. Binds files from Get-ChildItem by their FullName.'
            Label             = '"1" AI-generated (default), "2" possibly, "3" suspected; the meanings are inferred [INF].'
            ContentProducer   = 'The provider''s 27-character code (or its name in the allowed characters).'
            ProduceID         = 'The content number. Default: a new 32-character id per file. Binds by property name.'
            ReservedCode1     = 'Optional integrity data of the producer.'
            ContentPropagator = 'The dissemination platform''s code or name, if it writes the label.'
            PropagateID       = 'The dissemination platform''s content number.'
            ReservedCode2     = 'Optional integrity data of the platform.'
        }
        Inputs      = @{ 'System.String' = 'Paths, or files from Get-ChildItem (by FullName).' }
        Outputs     = @{ 'AiRegOps.Labels.Checking.AigcLabelResult' = 'The read-back check of each labelled file.' }
        Errors      = @(
            @{ Id = 'AigcLabelWriteFailed'; Category = 'InvalidData'; When = 'The file already has a label, its format or layout is not writable, it cannot be read, or the read-back was not compliant. The file is unchanged.' }
        )
        Examples    = @(
            @{ Title = 'Label generated images'; Code = 'Get-ChildItem ./out -Filter *.png | Add-AigcLabel -ContentProducer 001191440300708461136T1XGW3'; Remarks = 'Each file gets its own ProduceID; the output is the read-back check.' }
            @{ Title = 'See what would be written'; Code = 'Add-AigcLabel ./report.md -ContentProducer 001191440300708461136T1XGW3 -ProduceID job-42 -WhatIf'; Remarks = 'Checks the file and shows the JSON; writes nothing.' }
        )
        Links       = @('Test-AigcLabel', 'Compare-AigcLabel')
    }

    'Compare-AigcLabel' = @{
        Synopsis    = 'Compares the implicit labels of two folders or two scans: labels removed, changed or forged (Labelling Measures Art. 10).'
        Description = @(
            'Matches files by their path relative to each folder (or to the common folder of each scan) and classifies each: Unchanged; Propagated (only ContentPropagator, PropagateID or ReservedCode2 filled or changed: what a dissemination platform may do); Removed; Changed (Label or ReservedCode1); Forged (ContentProducer or ProduceID changed, or production elements appeared where there was no label); FileMissing; FileAdded.'
            'IsViolation is true for Removed, Changed and Forged. Use it before and after a media pipeline (transcoding, resizing, CDN) to prove labels survive it.'
        )
        Parameters  = @{
            ReferencePath  = 'The folder before (scanned recursively).'
            DifferencePath = 'The folder after.'
            ReferenceScan  = 'Results of an earlier Test-AigcLabel.'
            DifferenceScan = 'Results of a later Test-AigcLabel.'
            ViolationsOnly = 'Only files whose label was removed, changed or forged.'
        }
        Inputs      = @{ 'None' = 'Folders or scans are given as parameters.' }
        Outputs     = @{ 'AiRegOps.Labels.Checking.LabelChange' = 'RelativePath, Change, IsViolation, Message, Clause, Before and After (the two results).' }
        Errors      = @(
            @{ Id = 'AigcLabelFolderNotFound'; Category = 'ObjectNotFound'; When = 'A folder does not exist (terminating).' }
        )
        Examples    = @(
            @{ Title = 'Prove a transcoder keeps labels'; Code = 'Compare-AigcLabel ./generated ./published -ViolationsOnly'; Remarks = 'Lists every file whose label the pipeline removed or altered.' }
            @{ Title = 'Compare two saved scans'; Code = '$before = Test-AigcLabel ./generated; Compare-AigcLabel -ReferenceScan $before -DifferenceScan (Test-AigcLabel ./published)'; Remarks = 'Scans saved earlier compare the same way.' }
        )
        Links       = @('Test-AigcLabel', 'Add-AigcLabel')
    }

    'Measure-GenAiSafety' = @{
        Synopsis    = 'Scores generative AI safety evaluation results against TC260-003-2024 or GB/T 45654-2025.'
        Description = @(
            'Reads judgements as JSON Lines, one a line: {"id": "q1", "bank": "generation" | "should-refuse" | "should-not-refuse", "risk": "A.2.4", "outcome": "pass" | "fail" | "refused" | "answered", "topic": "history"}. risk is required except for should-not-refuse questions; topic is counted for should-not-refuse questions. The file is streamed: a million judgements take about a second.'
            'Returns one result per requirement of the threshold set: bank sizes and per-risk coverage, refusal rates, the generated-content pass rate, with -KeywordPath the keyword library size and per-risk minimums, and with -CorpusSamplePath (and -CorpusSize) corpus manual and technical sampling and the 5% source blacklist. Each result has Requirement, Basis (standard and clause), Confidence, Threshold, SampleSize, Observed, LowerBound and UpperBound (95% Wilson score interval for rates), Status (Met, NotMet, NotAssessed), Demonstrated (the bound also clears the threshold) and Shortfall, which says what is missing in numbers.'
            'Any malformed line is an error naming the file, line, column and field; unknown risk ids are refused with a suggestion; duplicate ids are errors naming the first line. With any error nothing is scored. Files over 4 GiB, lines over 16 KiB and more than 20 million lines stop the read (fail closed).'
            'The thresholds come from versioned data files with the source clause and a confidence mark for each number. TC260-003-2024 is a TC260 technical document and GB/T 45654-2025 a recommended national standard: neither is mandatory by itself. The sampling figures are confirmed only for TC260-003-2024 and are marked [NOT FOUND] in the GB/T set.'
        )
        Parameters  = @{
            Path             = 'The judgements file (JSON Lines). Binds FullName from Get-ChildItem. - reads standard input.'
            KeywordPath      = 'The keyword library as CSV with the header keyword,risk (quoted fields allowed). Without it the keyword requirements are NotAssessed.'
            CorpusSamplePath = 'Corpus sample judgements as JSON Lines: {"id", "method": "manual" | "technical", "source", "outcome": "pass" | "fail"}. Without it the corpus requirements are NotAssessed.'
            CorpusSize       = 'Items in the whole training corpus: technical sampling must cover at least 10% of it. Without it that requirement is NotAssessed.'
            Standard         = 'The threshold set: tc260-003-2024 or gb-t-45654-2025 (tab completion offers them). By default the newest set in force on -AsOf.'
            AsOf             = 'The date that picks the default threshold set (GB/T 45654-2025 from 2025-11-01). Defaults to today in China.'
            OutputPath       = 'A folder to write safety-results.json into, for Invoke-SecurityAssessment -SafetyResultsPath. Written atomically; -WhatIf writes nothing.'
            Service          = 'With -Obligation and -Period: the service whose evidence ledger records the input files and the results.'
            Obligation       = 'With -Service and -Period: the obligation the evidence is for, such as genai-test-bank-update.'
            Period           = 'With -Service and -Obligation: the period key the evidence covers, as Get-ComplianceSchedule shows it (PeriodKey).'
        }
        Inputs      = @{ 'System.String' = 'Objects with a FullName (files from Get-ChildItem) bind to -Path.' }
        Outputs     = @{ 'AiRegOps.Core.Safety.SafetyResult' = 'One per requirement of the threshold set, in the set''s order.' }
        Errors      = @(
            @{ Id = 'SafetyInputInvalid'; Category = 'InvalidData'; When = 'A line of an input file is malformed, names an unknown risk, repeats an id, or a limit was reached; one error per problem (the first 100), nothing scored. Also a missing file or an unknown -Standard.' }
            @{ Id = 'SafetyEvidenceFailed'; Category = 'WriteError'; When = 'The inputs or results could not be recorded in the evidence store.' }
            @{ Id = 'SafetyEvidenceParameters'; Category = 'InvalidArgument'; When = 'Only some of -Service, -Obligation and -Period were given (terminating).' }
        )
        Examples    = @(
            @{ Title = 'Score the test banks'; Code = 'Measure-GenAiSafety ./services/genai-safety/judgements.jsonl -AsOf 2026-01-01 | Format-Table'; Remarks = 'Scores against GB/T 45654-2025, in force on that date; the keyword and corpus requirements are NotAssessed.' }
            @{ Title = 'Everything, against TC260-003, saved for the assessment report'; Code = "Measure-GenAiSafety ./services/genai-safety/judgements.jsonl -KeywordPath ./services/genai-safety/keywords.csv -CorpusSamplePath ./services/genai-safety/corpus-sample.jsonl -CorpusSize 25000 -Standard tc260-003-2024 -OutputPath ./safety | Where-Object Status -ne 'Met' | Select-Object Requirement, Shortfall"; Remarks = 'Lists what is short; ./safety/safety-results.json feeds Invoke-SecurityAssessment -SafetyResultsPath.' }
        )
        Links       = @('Invoke-SecurityAssessment', 'Add-ComplianceEvidence')
    }
}
