using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class UniquePainPointOrder : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // Concurrent adds left some deals with two pain points at one place: number each deal's
            // pain points 1..n again in the order they show (priority, then the earlier one first).
            migrationBuilder.Sql(
                "CREATE TEMP TABLE PainPointPlaces AS SELECT Id, ROW_NUMBER() OVER (PARTITION BY OpportunityId ORDER BY Priority, Id) AS Place FROM PainPoints;");
            migrationBuilder.Sql("UPDATE PainPoints SET Priority = (SELECT Place FROM PainPointPlaces WHERE PainPointPlaces.Id = PainPoints.Id);");
            migrationBuilder.Sql("DROP TABLE PainPointPlaces;");

            migrationBuilder.DropIndex(
                name: "IX_PainPoints_OpportunityId",
                table: "PainPoints");

            migrationBuilder.CreateIndex(
                name: "IX_PainPoints_OpportunityId_Priority",
                table: "PainPoints",
                columns: new[] { "OpportunityId", "Priority" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "IX_PainPoints_OpportunityId_Priority",
                table: "PainPoints");

            migrationBuilder.CreateIndex(
                name: "IX_PainPoints_OpportunityId",
                table: "PainPoints",
                column: "OpportunityId");
        }
    }
}
