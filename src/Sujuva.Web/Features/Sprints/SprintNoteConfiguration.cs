using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintNoteConfiguration : IEntityTypeConfiguration<SprintNote>
{
    public void Configure(EntityTypeBuilder<SprintNote> b)
    {
        b.HasKey(n => n.Id);
        b.HasOne<Sprint>().WithMany().HasForeignKey(n => n.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.Property(n => n.Exercise).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(n => n.Kind).HasConversion<string>().HasMaxLength(TextLimits.Word);
        b.Property(n => n.Text).HasMaxLength(SprintNote.MaxText);
        b.Property(n => n.Theme).HasMaxLength(SprintNote.MaxTheme);
        b.Property(n => n.Version).IsConcurrencyToken();
        b.HasIndex(n => new { n.SprintId, n.Exercise });
    }
}
