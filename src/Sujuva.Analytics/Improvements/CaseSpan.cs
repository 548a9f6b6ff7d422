namespace Sujuva.Analytics.Improvements;

/// <summary>A case's time in the scope, [Start, End), End null while open: what work in progress counts.</summary>
public readonly record struct CaseSpan(DateTime Start, DateTime? End);
