using System.Management.Automation;
using AiRegOps.Core.Attributes;
using AiRegOps.Core.Profiles;
using AiRegOps.PowerShell.Completers;
using AiRegOps.PowerShell.Internal;
using AiRegOps.PowerShell.Output;

namespace AiRegOps.PowerShell.Cmdlets;

/// <summary>
/// Tells whether a service has "public-opinion attributes or social mobilisation capability" (SA2018 Art. 2), and on
/// which grounds, from a service profile or a list of feature names.
/// </summary>
[Cmdlet(VerbsDiagnostic.Test, "PublicOpinionAttribute", DefaultParameterSetName = ProfileSet)]
[OutputType(typeof(PublicOpinionResult))]
public sealed class TestPublicOpinionAttributeCommand : AiRegOpsCmdlet
{
    private const string ProfileSet = "Profile";
    private const string FeatureSet = "Feature";

    /// <summary>Service profiles, usually from Import-ServiceProfile.</summary>
    [Parameter(Mandatory = true, Position = 0, ValueFromPipeline = true, ParameterSetName = ProfileSet)]
    [Alias("Profile")]
    [CoreObject]
    public ServiceProfile[] InputObject { get; set; } = [];

    /// <summary>Feature names from the fixed vocabulary.</summary>
    [Parameter(Mandatory = true, ParameterSetName = FeatureSet)]
    [ArgumentCompleter(typeof(FeatureCompleter))]
    [ValidateNotNull]
    public string[] Feature { get; set; } = [];

    protected override void ProcessRecord()
    {
        if (ParameterSetName == FeatureSet)
        {
            // Name every unknown feature, not just the first, before evaluating anything.
            var unknown = Feature.Where(f => !FeatureVocabulary.TryGet(f, out _)).ToList();
            foreach (var feature in unknown)
            {
                WriteItemError(new UnknownFeatureException(feature), "UnknownFeature", ErrorCategory.InvalidArgument, feature);
            }

            if (unknown.Count == 0)
            {
                WriteOutput(PublicOpinionTest.Evaluate(Feature));
            }

            return;
        }

        foreach (var profile in InputObject)
        {
            ThrowIfStopping();
            try
            {
                WriteOutput(PublicOpinionTest.Evaluate(profile));
            }
            catch (UnknownFeatureException ex)
            {
                WriteItemError(ex, "UnknownFeature", ErrorCategory.InvalidData, profile);
            }
        }
    }
}
