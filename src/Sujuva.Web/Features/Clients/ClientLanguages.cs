namespace Sujuva.Web.Features.Clients;

/// <summary>
/// The languages a client can be served in, as ISO 639 codes: the two national languages, Sámi and the
/// languages most often needed with an interpreter. Display names are resources "ClientLanguage.{code}".
/// </summary>
public static class ClientLanguages
{
    public static readonly IReadOnlyList<string> All = ["fi", "sv", "se", "en", "ru", "et", "ar", "so", "uk"];

    public static bool IsKnown(string code) => All.Contains(code, StringComparer.Ordinal);
}
