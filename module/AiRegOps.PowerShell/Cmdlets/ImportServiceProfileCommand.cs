using System.Management.Automation;
using AiRegOps.Core.Profiles;
using AiRegOps.PowerShell.Internal;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Reads service profiles (airegops.yml) from files or folders. A profile with problems produces one ProfileInvalid
/// error per problem (file:line:column: path: message) and no object.
/// </summary>
[Cmdlet(VerbsData.Import, "ServiceProfile")]
[OutputType(typeof(ServiceProfile))]
public sealed class ImportServiceProfileCommand : AiRegOpsCmdlet
{
    /// <summary>Profile files or folders of profiles (wildcards allowed). Binds files from Get-ChildItem by FullName.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ValueFromPipelineByPropertyName = true)]
    [Alias("FullName")]
    [ValidateNotNullOrEmpty]
    public string[] Path { get; set; } = [];

    protected override void ProcessRecord()
    {
        foreach (var path in Path)
        {
            foreach (var resolved in ProfileInput.Resolve(this, path))
            {
                ThrowIfStopping();
                WriteOutputs(ProfileInput.Read(this, resolved));
            }
        }
    }
}
