namespace Sujuva.Web.Features.Improvements;

/// <summary>Lengths of the improvement's own texts.</summary>
public static class ImprovementTexts
{
    /// <summary>A section of an A3 or a cycle's study: a few paragraphs.</summary>
    public const int Long = 4000;
}
