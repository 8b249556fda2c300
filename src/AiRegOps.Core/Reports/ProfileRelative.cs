using AiRegOps.Core.Profiles;

namespace AiRegOps.Core.Reports;

/// <summary>
/// Locations in a report that can be handed in: a path relative to the profile's folder ("airegops.yml:42:5"), never
/// the absolute path of the machine that ran the assessment.
/// </summary>
internal static class ProfileRelative
{
    /// <summary><paramref name="location"/> with its file relative to the folder of <paramref name="profile"/>.</summary>
    public static string Of(SourceLocation location, SourceLocation? profile)
    {
        var file = location.File;
        if (Path.IsPathRooted(file))
        {
            var folder = profile is { } p && Path.IsPathRooted(p.File) ? Path.GetDirectoryName(p.File) : Path.GetDirectoryName(file);
            if (folder is not null)
            {
                file = Path.GetRelativePath(folder, file);
            }
        }

        return $"{file.Replace('\\', '/')}:{location.Line}:{location.Column}";
    }

    /// <summary>An evidence reference as the report shows it: the declared field and where it stands in the profile.</summary>
    public static string Of(Assessments.EvidenceReference evidence, SourceLocation? profile) =>
        evidence.Location is { } location ? $"{evidence.Reference} ({Of(location, profile)})" : evidence.Reference;
}
