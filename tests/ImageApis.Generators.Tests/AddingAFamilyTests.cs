using ImageApis.Generators.Tests.Support;
using ImageApis.Validation;

namespace ImageApis.Generators.Tests;

/// <summary>
/// specs/README.md promises that adding a model family is a YAML edit only: the bag, its extensible enums, the model
/// constants and the family's validation rules follow. This drives one generator session through that edit.
/// </summary>
public sealed class AddingAFamilyTests
{
    [Fact]
    public void Adding_a_model_family_to_the_yaml_adds_its_bag_enum_model_constants_and_validator_rules()
    {
        var session = new GeneratorSession(SampleSpec.File());
        session.Compilation = CompilationFactory.Create(CompilationFactory.GeneratedAssemblyName, SampleSpec.RequestClasses);

        using (var before = GeneratedAssembly.Load(session.RunAndCompile(out var diagnostics), SampleSpec.Namespace))
        {
            Assert.Empty(diagnostics);
            Assert.False(before.Has("NanoBananaParameters"));
            Assert.Equal(["flux-2-dev", "flux-2-klein-4b"], (IReadOnlyList<string>)before.Static("SampleModels", "All"));
        }

        session.EditSpec(SampleSpec.Path, SampleSpec.WithNanoBanana);
        using var after = GeneratedAssembly.Load(session.RunAndCompile(out var afterDiagnostics), SampleSpec.Namespace);

        Assert.Empty(afterDiagnostics);
        Assert.True(typeof(IParameterBag<>).MakeGenericType(after.Type("ImageRequest")).IsAssignableFrom(after.Type("NanoBananaParameters")));
        Assert.Equal("NanoBanana", (string)after.Static("NanoBananaParameters", "FamilyName"));
        Assert.Equal(["nano-banana-2", "nano-banana-pro"], (IReadOnlyList<string>)after.Static("NanoBananaParameters", "Models"));
        Assert.Equal("nano-banana-pro", (string)after.Static("SampleModels", "NanoBananaPro"));
        Assert.Equal(["flux-2-dev", "flux-2-klein-4b", "nano-banana-2", "nano-banana-pro"], (IReadOnlyList<string>)after.Static("SampleModels", "All"));
        Assert.Equal("1024", (string)after.Static("NanoBananaResolution", "Resolution1024").Value);
        Assert.Equal(
            ["512", "1024", "2048"],
            ((System.Collections.IEnumerable)after.Static("NanoBananaResolution", "Documented")).Cast<object>().Select(value => value.ToString()));
        Assert.Equal(typeof(Nullable<>).MakeGenericType(after.Type("NanoBananaResolution")), after.Type("NanoBananaParameters").GetProperty("Resolution")!.PropertyType);

        var validator = after.Static("CreateImageValidator", "Instance");

        // The new family's enum parameter is checked against its values.
        var wrongResolution = Request(after, "nano-banana-2", resolution: after.New("NanoBananaResolution", "4096"));
        ValidationResult wrong = validator.Validate(wrongResolution);
        var notAllowed = Assert.Single(wrong.Issues);
        Assert.Equal((ValidationIssueKind.NotAllowed, "resolution", "4096"), (notAllowed.Kind, notAllowed.Parameter, notAllowed.Value));
        Assert.Equal(["512", "1024", "2048"], notAllowed.AllowedValues);

        // A documented value passes.
        ValidationResult valid = validator.Validate(Request(after, "nano-banana-pro", resolution: after.Static("NanoBananaResolution", "Resolution2048")));
        Assert.True(valid.IsValid, valid.ToString());

        // The new family's parameter sent to an old family's model belongs to another family.
        ValidationResult otherFamily = validator.Validate(Request(after, "flux-2-dev", resolution: after.Static("NanoBananaResolution", "Resolution1024")));
        var issue = Assert.Single(otherFamily.Issues);
        Assert.Equal((ValidationIssueKind.OtherFamily, "resolution", "flux-2-dev"), (issue.Kind, issue.Parameter, issue.Model));
        Assert.Contains("Nano-Banana", issue.Message, StringComparison.Ordinal);
    }

    private static dynamic Request(GeneratedAssembly generated, string model, dynamic resolution)
    {
        var request = generated.New("ImageRequest");
        request.Model = model;
        request.Prompt = "An otter";
        var bag = generated.New("NanoBananaParameters");
        bag.Resolution = resolution;
        bag.ApplyTo(request);
        return request;
    }
}
