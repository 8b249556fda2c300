namespace AiRegOps.Core.Schedule;

/// <summary>What satisfied an occurrence, and on which date.</summary>
internal readonly record struct Satisfaction(string By, DateOnly? On);
