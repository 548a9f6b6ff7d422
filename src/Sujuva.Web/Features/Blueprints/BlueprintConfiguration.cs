using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Blueprints;

/// <summary>The one EF mapping of the feature (table ServiceBlueprints); the content is JSON text, read as it was written.</summary>
public sealed class BlueprintConfiguration : IEntityTypeConfiguration<BlueprintVersion>
{
    public void Configure(EntityTypeBuilder<BlueprintVersion> b)
    {
        b.ToTable("ServiceBlueprints");
        b.HasKey(v => v.Id);
        b.Property(v => v.Subject).HasMaxLength(BlueprintVersion.MaxServices * 37);
        b.Property(v => v.Title).HasMaxLength(TextLimits.Name);
        b.Property(v => v.Content);
        b.Ignore(v => v.Model);
        b.Ignore(v => v.ServiceIds);
        b.HasIndex(v => new { v.Subject, v.Number }).IsUnique();
    }
}
