using ImageApis.Generators.Model;

namespace ImageApis.Generators.Emit;

/// <summary>
/// Writes the part of the NSwag client <c>{Provider}ProtocolClient</c> that comes from the spec: its provider name and the
/// meaning of its documented error codes (<c>x-imageapis-errors</c>), used by <c>ImageApis.ProviderClientBase</c>.
/// </summary>
internal static class ClientEmitter
{
    private const string ErrorKind = "global::ImageApis.ErrorKind";

    public static void Write(SourceWriter writer, ProviderSpec provider)
    {
        writer.Summary("The " + SourceWriter.Xml(provider.DisplayName) + " client: provider name and documented error codes from " + SourceWriter.Xml(provider.FileName) + ".");

        // The protocol client is reached through the typed client's Protocol property: it is not a second client to
        // pick from IntelliSense next to the typed one.
        writer.Line("[global::System.ComponentModel.EditorBrowsable(global::System.ComponentModel.EditorBrowsableState.Never)]");
        writer.Open("public partial class " + provider.Provider + "ProtocolClient");
        writer.Line("/// <inheritdoc />");
        writer.Line("private protected override string ProviderName => " + provider.Provider + "Capabilities.ProviderName;");
        writer.Line();
        writer.Line("/// <inheritdoc />");
        writer.Line("private protected override " + ErrorKind + " ClassifyError(int statusCode, string? code) => Classify(statusCode, code);");
        writer.Line();
        writer.Summary("What an error of " + SourceWriter.Xml(provider.DisplayName) + " means: its documented error codes first, then the HTTP status.");
        writer.Line("/// <param name=\"statusCode\">HTTP status code.</param>");
        writer.Line("/// <param name=\"code\">The provider's error code, if the body had one.</param>");
        if (provider.ErrorCodes.IsEmpty)
        {
            writer.Line("internal static " + ErrorKind + " Classify(int statusCode, string? code) => global::ImageApis.ErrorClassifier.ByStatus(statusCode);");
            writer.Close();
            return;
        }

        writer.Line("internal static " + ErrorKind + " Classify(int statusCode, string? code) => code switch");
        writer.Line("{");
        foreach (var error in provider.ErrorCodes)
        {
            writer.Line("    " + SourceWriter.Literal(error.Code) + " => " + ErrorKind + "." + error.Kind + ",");
        }

        writer.Line("    _ => global::ImageApis.ErrorClassifier.ByStatus(statusCode),");
        writer.Line("};");
        writer.Close();
    }
}
