using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;
using Sujuva.Web.Platform.Input;

namespace Sujuva.Web.Features.Sprints;

public sealed class SprintTestLinkConfiguration : IEntityTypeConfiguration<SprintTestLink>
{
    public void Configure(EntityTypeBuilder<SprintTestLink> b)
    {
        b.ToTable("SprintTestLinks");
        b.Property(l => l.TokenHash).HasMaxLength(32);
        b.HasOne<Sprint>().WithMany().HasForeignKey(l => l.SprintId).OnDelete(DeleteBehavior.Cascade);
        b.HasIndex(l => l.TokenHash).IsUnique();
        b.HasIndex(l => new { l.SprintId, l.Interview }).IsUnique();
    }
}
