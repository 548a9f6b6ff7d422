namespace Sujuva.Web.Features.Blueprints;

// Kept beside the feature until Features/Ids.cs takes it (one line each there).
public readonly record struct BlueprintVersionId(Guid Value) : IEntityId;
