using System.Collections;
using System.Reflection;
using System.Runtime.Loader;
using Microsoft.CodeAnalysis;

namespace ImageApis.Generators.Tests.Support;

/// <summary>
/// Generated code compiled to memory and loaded into a collectible load context, used through reflection and
/// <c>dynamic</c> as a caller would use it. ImageApis.Generated resolves to the test's own copy, so runtime types
/// (ValidationResult, CapabilityCatalog …) cross the boundary unchanged.
/// </summary>
internal sealed class GeneratedAssembly : IDisposable
{
    private readonly AssemblyLoadContext _context;
    private readonly Assembly _assembly;
    private readonly string _namespace;

    private GeneratedAssembly(AssemblyLoadContext context, Assembly assembly, string @namespace)
    {
        _context = context;
        _assembly = assembly;
        _namespace = @namespace;
    }

    /// <summary>Compiles and loads; fails the test with every warning and error when the code does not compile cleanly.</summary>
    public static GeneratedAssembly Load(Compilation compilation, string @namespace)
    {
        using var image = new MemoryStream();
        var emitted = compilation.Emit(image, cancellationToken: TestContext.Current.CancellationToken);
        var problems = emitted.Diagnostics.Where(diagnostic => diagnostic.Severity >= DiagnosticSeverity.Warning).ToList();
        if (!emitted.Success || problems.Count > 0)
        {
            Assert.Fail("The generated code does not compile cleanly:\n" + string.Join("\n", problems));
        }

        image.Position = 0;
        var context = new AssemblyLoadContext("Generated " + compilation.AssemblyName, isCollectible: true);
        return new GeneratedAssembly(context, context.LoadFromStream(image), @namespace);
    }

    /// <summary>True when the assembly has the type (by its simple name in the provider's namespace).</summary>
    public bool Has(string typeName) => _assembly.GetType(_namespace + "." + typeName) is not null;

    public Type Type(string typeName)
        => _assembly.GetType(_namespace + "." + typeName) ?? throw new InvalidOperationException($"The generated assembly has no type {_namespace}.{typeName}.");

    /// <summary>A new instance.</summary>
    public dynamic New(string typeName, params object[] arguments) => Activator.CreateInstance(Type(typeName), arguments)!;

    /// <summary>A list of the given item type, as generated request properties take them.</summary>
    public dynamic NewList(string itemTypeName, params object[] items)
    {
        var list = (IList)Activator.CreateInstance(typeof(List<>).MakeGenericType(Type(itemTypeName)))!;
        foreach (var item in items)
        {
            list.Add(item);
        }

        return list;
    }

    /// <summary>The value of a static property, field or constant.</summary>
    public dynamic Static(string typeName, string memberName)
    {
        var type = Type(typeName);
        const BindingFlags Flags = BindingFlags.Public | BindingFlags.Static;
        if (type.GetProperty(memberName, Flags) is { } property)
        {
            return property.GetValue(null)!;
        }

        return type.GetField(memberName, Flags)?.GetValue(null)
            ?? throw new InvalidOperationException($"{type.FullName} has no static member {memberName}.");
    }

    public void Dispose() => _context.Unload();
}
