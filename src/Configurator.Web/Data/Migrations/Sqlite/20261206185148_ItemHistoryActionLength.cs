using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Configurator.Web.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class ItemHistoryActionLength : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // SQLite does not enforce a text column's length: only the model moves on (PostgreSQL widens the column).
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
        }
    }
}
