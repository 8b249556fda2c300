using System.Reflection;
using System.Reflection.Emit;

namespace AiRegOps.Core.Tests.Architecture;

/// <summary>
/// Which areas of an assembly use which, read from the compiled code: signatures, fields, base types, attributes,
/// local variables and every type, method and field token in the method bodies. An area is a namespace with its
/// sub-namespaces folded in (AiRegOps.Core.Catalogue.Conditions belongs to AiRegOps.Core.Catalogue); the root
/// namespace is an area of its own. Constants are inlined by the compiler and so are not seen.
/// </summary>
internal sealed class NamespaceGraph
{
    private const BindingFlags Declared = BindingFlags.DeclaredOnly | BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static;

    private static readonly OpCode[] OneByte = new OpCode[256];
    private static readonly OpCode[] TwoByte = new OpCode[256];

    private readonly Assembly assembly;
    private readonly string root;

    static NamespaceGraph()
    {
        foreach (var field in typeof(OpCodes).GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            var code = (OpCode)field.GetValue(null)!;
            var value = (ushort)code.Value;
            if (value < 0x100)
            {
                OneByte[value] = code;
            }
            else if ((value & 0xff00) == 0xfe00)
            {
                TwoByte[value & 0xff] = code;
            }
        }
    }

    private NamespaceGraph(Assembly assembly, string root)
    {
        this.assembly = assembly;
        this.root = root;
    }

    /// <summary>For each area, the areas it uses, each with one example "Type uses Type".</summary>
    public Dictionary<string, Dictionary<string, string>> Edges { get; } = new(StringComparer.Ordinal);

    public static NamespaceGraph Of(Assembly assembly, string rootNamespace)
    {
        var graph = new NamespaceGraph(assembly, rootNamespace);
        // Types the compiler adds outside every namespace (<>z__ReadOnlyArray and the like) belong to no area.
        foreach (var type in assembly.GetTypes().Where(t => t.Namespace is not null))
        {
            graph.Scan(type);
        }

        return graph;
    }

    /// <summary>AiRegOps.Core.X.Y is area AiRegOps.Core.X; the root namespace is its own area.</summary>
    public string AreaOf(string? ns)
    {
        if (ns is null || ns == root || !ns.StartsWith(root + ".", StringComparison.Ordinal))
        {
            return root;
        }

        var rest = ns[(root.Length + 1)..];
        var dot = rest.IndexOf('.', StringComparison.Ordinal);
        return root + "." + (dot < 0 ? rest : rest[..dot]);
    }

    /// <summary>The groups of areas that use each other in a ring (strongly connected components of two or more).</summary>
    public IReadOnlyList<IReadOnlyList<string>> Cycles() => StronglyConnected.Components(Edges).Where(c => c.Count > 1).ToList();

    private void Scan(Type type)
    {
        var owner = Outermost(type);
        void Use(Type? used) => Record(owner, used);

        Use(type.BaseType);
        foreach (var contract in type.GetInterfaces())
        {
            Use(contract);
        }

        UseAttributes(owner, type.CustomAttributes);
        foreach (var field in type.GetFields(Declared))
        {
            Use(field.FieldType);
            UseAttributes(owner, field.CustomAttributes);
        }

        foreach (var property in type.GetProperties(Declared))
        {
            Use(property.PropertyType);
            UseAttributes(owner, property.CustomAttributes);
        }

        foreach (var method in type.GetMethods(Declared).Cast<MethodBase>().Concat(type.GetConstructors(Declared)))
        {
            if (method is MethodInfo info)
            {
                Use(info.ReturnType);
            }

            foreach (var parameter in method.GetParameters())
            {
                Use(parameter.ParameterType);
            }

            UseAttributes(owner, method.CustomAttributes);
            ScanBody(owner, type, method);
        }
    }

    private void UseAttributes(Type owner, IEnumerable<CustomAttributeData> attributes)
    {
        foreach (var attribute in attributes)
        {
            Record(owner, attribute.AttributeType);
        }
    }

    private void ScanBody(Type owner, Type type, MethodBase method)
    {
        var body = method.GetMethodBody();
        var il = body?.GetILAsByteArray();
        if (body is null || il is null)
        {
            return;
        }

        foreach (var local in body.LocalVariables)
        {
            Record(owner, local.LocalType);
        }

        var typeArguments = type.IsGenericType ? type.GetGenericArguments() : null;
        var methodArguments = method.IsGenericMethod ? method.GetGenericArguments() : null;
        var at = 0;
        while (at < il.Length)
        {
            var code = il[at] == 0xfe ? TwoByte[il[++at]] : OneByte[il[at]];
            at++;
            if (code.OperandType is OperandType.InlineType or OperandType.InlineMethod or OperandType.InlineField or OperandType.InlineTok)
            {
                var token = BitConverter.ToInt32(il, at);
                var member = method.Module.ResolveMember(token, typeArguments, methodArguments);
                Record(owner, member as Type ?? member?.DeclaringType);
                if (member is MethodInfo { IsGenericMethod: true } generic)
                {
                    foreach (var argument in generic.GetGenericArguments())
                    {
                        Record(owner, argument);
                    }
                }
            }

            at += OperandSize(code, il, at);
        }
    }

    private static int OperandSize(OpCode code, byte[] il, int at) => code.OperandType switch
    {
        OperandType.InlineNone => 0,
        OperandType.ShortInlineBrTarget or OperandType.ShortInlineI or OperandType.ShortInlineVar => 1,
        OperandType.InlineVar => 2,
        OperandType.InlineI8 or OperandType.InlineR => 8,
        OperandType.InlineSwitch => 4 + (4 * BitConverter.ToInt32(il, at)),
        _ => 4,
    };

    private void Record(Type owner, Type? used)
    {
        if (used is null || used.IsGenericParameter)
        {
            return;
        }

        if (used.HasElementType)
        {
            Record(owner, used.GetElementType());
            return;
        }

        if (used.IsGenericType && !used.IsGenericTypeDefinition)
        {
            foreach (var argument in used.GetGenericArguments())
            {
                Record(owner, argument);
            }

            used = used.GetGenericTypeDefinition();
        }

        if (used.Assembly != assembly)
        {
            return;
        }

        var target = Outermost(used);
        if (target.Namespace is null)
        {
            return;
        }

        var from = AreaOf(owner.Namespace);
        var to = AreaOf(target.Namespace);
        if (from == to)
        {
            return;
        }

        if (!Edges.TryGetValue(from, out var uses))
        {
            Edges[from] = uses = new(StringComparer.Ordinal);
        }

        uses.TryAdd(to, $"{owner.FullName} uses {target.FullName}");
    }

    // Closures, iterators and async state machines are nested in the type whose code they hold.
    private static Type Outermost(Type type)
    {
        while (type.DeclaringType is { } outer)
        {
            type = outer;
        }

        return type;
    }
}
