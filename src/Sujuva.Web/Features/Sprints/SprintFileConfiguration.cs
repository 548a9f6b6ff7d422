using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintFileConfiguration : IEntityTypeConfiguration<SprintFile>
{
    public void Configure(EntityTypeBuilder<SprintFile> b)
    {
        b.ToTable("SprintFiles");
        b.Property(f => f.Kind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(f => f.Title).HasMaxLength(TextLimits.Name);
        b.Property(f => f.ContentType).HasMaxLength(TextLimits.Word);
        b.HasOne<Sprint>().WithMany().HasForeignKey(f => f.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(f => new { f.SprintId, f.UploadedAt });
    }
}
