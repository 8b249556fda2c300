using System.Management.Automation;
using System.Reflection;
using System.Runtime.Loader;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// Runs when the module is imported: routes the engine assemblies (AiRegOps.Core, AiRegOps.Azure, AiRegOps.GitHub, AiRegOps.Labels) to the module's private load context.
/// Only the engine is redirected; its own dependencies are then resolved by that context from <c>Dependencies/</c>.
/// This type must not touch any AiRegOps.Core type: the hook has to be in place before the first one is needed.
/// </summary>
public sealed class ModuleInitializer : IModuleAssemblyInitializer, IModuleAssemblyCleanup
{
    /// <summary>
    /// The assemblies the cmdlet assembly references that live in <c>Dependencies/</c>. Azure.Core is among them because
    /// Set-ComplianceStore calls <c>AzureEvidenceStoreOptions.FromAccountUrl</c>, whose signature names its TokenCredential:
    /// without it here, the JIT would look for Azure.Core in the default context and fail.
    /// </summary>
    private static readonly HashSet<string> EngineAssemblies = new(StringComparer.Ordinal) { "AiRegOps.Core", "AiRegOps.Azure", "AiRegOps.GitHub", "AiRegOps.Labels", "Azure.Core" };

    private static readonly Lock Gate = new();
    private static bool hooked;

    internal static DependencyLoadContext LoadContext { get; } = new(
        Path.Join(Path.GetDirectoryName(typeof(ModuleInitializer).Assembly.Location) ?? AppContext.BaseDirectory, "Dependencies"));

    public void OnImport()
    {
        lock (Gate)
        {
            if (!hooked)
            {
                AssemblyLoadContext.Default.Resolving += ResolveEngine;
                hooked = true;

                // Only now, with the hook in place, may engine types load.
                Warmup.Start();
            }
        }
    }

    public void OnRemove(PSModuleInfo psModuleInfo)
    {
        lock (Gate)
        {
            if (hooked)
            {
                AssemblyLoadContext.Default.Resolving -= ResolveEngine;
                hooked = false;
            }
        }
    }

    private static Assembly? ResolveEngine(AssemblyLoadContext context, AssemblyName name) =>
        name.Name is { } simpleName && EngineAssemblies.Contains(simpleName)
            ? LoadContext.LoadFromAssemblyName(name)
            : null;
}
