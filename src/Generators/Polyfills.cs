// Language features that netstandard2.0 lacks the types for.
namespace System.Runtime.CompilerServices;

internal static class IsExternalInit
{
}
