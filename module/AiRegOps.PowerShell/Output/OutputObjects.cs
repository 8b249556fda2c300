using System.Collections;
using System.Collections.Concurrent;
using System.Globalization;
using System.Management.Automation;
using System.Reflection;
using System.Runtime.CompilerServices;

namespace AiRegOps.PowerShell.Output;

/// <summary>
/// The objects cmdlets write: a flat copy of each core object whose properties are text, numbers, booleans, names and
/// arrays (see <see cref="OutputValues"/>), so ConvertTo-Json, Export-Csv and format views need no knowledge of the
/// core types. The copy keeps the core type's name first in PSTypeNames (format views select on it) and remembers the
/// core object, so piping an output into another AiRegOps cmdlet hands over the original (<see cref="Original"/>).
/// </summary>
public static class OutputObjects
{
    /// <summary>Properties that describe where the input stood in its file, for SARIF regions only; not output.</summary>
    private static readonly HashSet<string> NotOutput = new(StringComparer.Ordinal) { "AiRegOps.Core.Profiles.ProfilePositions" };

    private static readonly ConcurrentDictionary<Type, PropertyInfo[]> PropertiesByType = new();
    private static readonly ConditionalWeakTable<PSObject, object> Originals = [];
    private static readonly MethodInfo DescribeMethod = typeof(OutputObjects).GetMethod(nameof(Describe))!;

    /// <summary>The output form of a core object (null stays null; text and numbers stay as they are).</summary>
    internal static object? From(object? value) => OutputValues.Convert(value, 0);

    /// <summary>
    /// The core object an output object was made from, or the value itself when it is not one (a list maps item by
    /// item). For scripts that need the .NET object itself: <c>[AiRegOps.PowerShell.Output.OutputObjects]::Original($svc)</c>.
    /// Its dates are <see cref="DateOnly"/> values; the first call in a session lets them convert to and from [datetime].
    /// </summary>
    public static object? Original(object? value)
    {
        Internal.DateOnlyTypeConverter.EnsureRegistered();
        return OriginalOf(value);
    }

    /// <summary>As <see cref="Original"/>, for the cmdlets' own parameter binding (which needs no conversion of dates).</summary>
    internal static object? OriginalOf(object? value)
    {
        if (value is PSObject wrapped && Originals.TryGetValue(wrapped, out var original))
        {
            return original;
        }

        if (value is IList list && value is not string)
        {
            var originals = new object?[list.Count];
            for (var i = 0; i < list.Count; i++)
            {
                originals[i] = OriginalOf(list[i]);
            }

            return originals;
        }

        return value;
    }

    internal static PSObject Flatten(PSObject source, int depth)
    {
        var result = Copy(source.BaseObject, depth);

        // Notes a view added to a core object (Get-AiRegulation -AsOf adds AsOf, InForce, StateOn).
        foreach (var note in source.Properties.Match("*", PSMemberTypes.NoteProperty))
        {
            if (result.Properties[note.Name] is null)
            {
                result.Properties.Add(new PSNoteProperty(note.Name, OutputValues.Convert(note.Value, depth)));
            }
        }

        return Remember(result, source.BaseObject);
    }

    /// <summary>
    /// The output form of a plain core object. It is read by reflection alone: wrapping it in a PSObject first would
    /// make PowerShell build its adapter for the type, which in a new session costs more than the copy itself.
    /// </summary>
    internal static PSObject Flatten(object original, int depth) => Remember(Copy(original, depth), original);

    private static PSObject Copy(object original, int depth)
    {
        var result = new PSObject();
        result.TypeNames.Insert(0, original.GetType().FullName!);
        foreach (var property in PropertiesOf(original.GetType()))
        {
            result.Properties.Add(new PSNoteProperty(property.Name, OutputValues.Convert(property.GetValue(original), depth)));
        }

        return result;
    }

    internal static PSObject FromDictionary(IDictionary map, int depth)
    {
        var result = new PSObject();
        foreach (DictionaryEntry entry in map)
        {
            var name = System.Convert.ToString(entry.Key, CultureInfo.InvariantCulture) ?? string.Empty;
            result.Properties.Add(new PSNoteProperty(name, OutputValues.Convert(entry.Value, depth)));
        }

        return Remember(result, map);
    }

    /// <summary>
    /// The text of an output object in a CSV cell or a string: the core type's own ToString when it has one, otherwise
    /// its scalar properties as "Name=value" pairs (never a CLR type name).
    /// </summary>
    public static string Describe(PSObject instance)
    {
        ArgumentNullException.ThrowIfNull(instance);
        if (Originals.TryGetValue(instance, out var original) && HasOwnToString(original.GetType()))
        {
            return original.ToString() ?? string.Empty;
        }

        var pairs = instance.Properties
            .Where(p => p.MemberType == PSMemberTypes.NoteProperty && p.Value is not null && p.Value is not OutputList && p.Value is not PSObject)
            .Select(p => $"{p.Name}={p.Value}");
        return string.Join(", ", pairs);
    }

    private static PSObject Remember(PSObject result, object original)
    {
        result.Methods.Add(new PSCodeMethod("ToString", DescribeMethod));
        Originals.AddOrUpdate(result, original);
        return result;
    }

    internal static bool HasOwnToString(Type type)
    {
        var method = type.GetMethod(nameof(ToString), BindingFlags.Public | BindingFlags.Instance, Type.EmptyTypes);
        return method is not null && method.DeclaringType != typeof(object) && method.DeclaringType != typeof(ValueType)
            && method.GetCustomAttribute<CompilerGeneratedAttribute>() is null;
    }

    private static PropertyInfo[] PropertiesOf(Type type) => PropertiesByType.GetOrAdd(type, static t => t
        .GetProperties(BindingFlags.Public | BindingFlags.Instance)
        .Where(p => p.CanRead && p.GetMethod!.IsPublic && p.GetIndexParameters().Length == 0)
        .Where(p => p.GetCustomAttribute<HiddenAttribute>() is null && !NotOutput.Contains(p.PropertyType.FullName ?? string.Empty))
        .Where(p => !typeof(Delegate).IsAssignableFrom(p.PropertyType) && !typeof(Stream).IsAssignableFrom(p.PropertyType))
        .ToArray());
}
