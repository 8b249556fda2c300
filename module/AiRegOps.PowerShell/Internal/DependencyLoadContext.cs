using System.Reflection;
using System.Runtime.Loader;

namespace AiRegOps.PowerShell.Internal;

/// <summary>
/// The module's private load context. It loads the engine (AiRegOps.Core) and everything the engine needs from the
/// module's <c>Dependencies/</c> folder, so a different YamlDotNet loaded by another module cannot break ours.
/// Anything not in that folder (the framework, System.Management.Automation) comes from the default context.
/// </summary>
internal sealed class DependencyLoadContext : AssemblyLoadContext
{
    private readonly string dependencyDirectory;

    public DependencyLoadContext(string dependencyDirectory)
        : base("AiRegOps", isCollectible: false)
    {
        this.dependencyDirectory = dependencyDirectory;
    }

    public string DependencyDirectory => dependencyDirectory;

    protected override Assembly? Load(AssemblyName assemblyName)
    {
        var path = Path.Join(dependencyDirectory, assemblyName.Name + ".dll");
        return File.Exists(path) ? LoadFromAssemblyPath(path) : null;
    }
}
