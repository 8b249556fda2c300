using AiRegOps.Core.Assessments;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Reports.Findings;

/// <summary>What findings are made from for one service: its assessment and, for the gate, its schedule.</summary>
public sealed record ServiceFindingsInput(SecurityAssessmentResult Assessment, ServiceSchedule? Schedule = null);
