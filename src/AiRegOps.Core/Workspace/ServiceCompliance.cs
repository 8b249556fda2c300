using AiRegOps.Core.Assessments;
using AiRegOps.Core.Profiles;
using AiRegOps.Core.Schedule;

namespace AiRegOps.Core.Workspace;

/// <summary>One service worked out by the workspace on one date: the profile with its records, its schedule and its assessment.</summary>
public sealed record ServiceCompliance(ServiceProfile Profile, ServiceSchedule Schedule, SecurityAssessmentResult Assessment);
