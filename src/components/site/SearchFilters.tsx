/**
 * The search page's form: the query and every filter of `/api/search` as a plain GET form to
 * /search, so it submits without JavaScript. Values that the current result counts (facets)
 * are listed with their counts; before the first answer (or without JavaScript) the lists hold
 * every name the server gave the page, without counts.
 */

export const searchFilterNames = [
  'type',
  'department',
  'topicCategory',
  'column',
  'validity',
  'year',
  'from',
  'to',
  'documentNumber',
  'sort',
] as const
export type SearchParams = Partial<Record<'q' | 'cursor' | 'n' | (typeof searchFilterNames)[number], string>>

/** The search parameters the page keeps in its address. */
export const keptSearchParams = ['q', ...searchFilterNames, 'cursor', 'n'] as const

/** The page's parameters from an address's query; an empty field of the GET form means "any". */
export function readSearchParams(get: (name: string) => string | null | undefined): SearchParams {
  return Object.fromEntries(keptSearchParams.map((name) => [name, get(name)?.trim() || undefined])) as SearchParams
}

/** The query string of the page for these parameters (also the key of a server-rendered result). */
export function searchAddress(params: SearchParams): string {
  const search = new URLSearchParams()
  for (const name of keptSearchParams) if (params[name]) search.set(name, params[name] as string)
  return `?${search.toString()}`
}
export type FacetCounts = Partial<
  Record<'type' | 'department' | 'topicCategory' | 'column' | 'validity' | 'year', Record<string, number>>
>
/** Names of the catalogue's departments, topic categories and columns by id (as strings). */
export type SearchNames = {
  department: Record<string, string>
  topicCategory: Record<string, string>
  column: Record<string, string>
}

export const typeLabels: Record<string, string> = {
  announcement: '公告',
  publicity: '公示',
  notification: '通知',
  normative: '行政规范性文件',
  personnel: '人事任免',
  other: '其他',
}
const validityLabels: Record<string, string> = {
  'in-force': '有效',
  amended: '已修改',
  abolished: '已废止',
  expired: '已失效',
}

type Option = { value: string; label: string; count?: number; atLeast?: boolean }

/**
 * The options of one select: the values counted for this result when known, else every value
 * named. Approximate counts (the search counted only part of the matches) are lower bounds,
 * shown as "≥ n", and the values not counted stay listed without a count: they may match too.
 */
function options(
  labels: Record<string, string>,
  counts: Record<string, number> | undefined,
  selected?: string,
  approximate = false,
): Option[] {
  if (!counts) {
    const all: Option[] = Object.entries(labels).map(([value, label]) => ({ value, label }))
    return selected && !(selected in labels) ? [{ value: selected, label: selected }, ...all] : all
  }
  const list: Option[] = Object.entries(counts)
    .sort(([, a], [, b]) => b - a)
    .map(([value, count]) => ({ value, label: labels[value] ?? value, count, atLeast: approximate }))
  if (approximate) {
    for (const [value, label] of Object.entries(labels)) if (!(value in counts)) list.push({ value, label })
  }
  if (selected && !list.some((option) => option.value === selected))
    list.unshift({ value: selected, label: labels[selected] ?? selected, count: 0 })
  return list
}

const countText = (option: Option) =>
  option.count === undefined ? '' : option.atLeast ? `（≥${option.count}）` : `（${option.count}）`

function Select(props: { name: keyof SearchParams; label: string; params: SearchParams; list: Option[] }) {
  const id = `search-filter-${props.name}`
  return (
    <span className="search-field">
      <label htmlFor={id}>{props.label}</label>
      <select id={id} name={props.name} defaultValue={props.params[props.name] ?? ''}>
        <option value="">全部</option>
        {props.list.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
            {countText(option)}
          </option>
        ))}
      </select>
    </span>
  )
}

export function SearchFilters({
  params,
  facets,
  names,
  withFilters = true,
  approximate = false,
}: {
  params: SearchParams
  facets?: FacetCounts
  names: SearchNames
  /** The facet counts cover only part of the matches (lower bounds). */
  approximate?: boolean
  /** false in the static export, whose index has no filters. */
  withFilters?: boolean
}) {
  const years = Object.fromEntries(
    Object.keys(facets?.year ?? {})
      .sort((a, b) => Number(b) - Number(a))
      .map((year) => [year, `${year}年`]),
  )
  return (
    <form action="/search" method="get" role="search" className="search-page-form" id="search-form">
      <p className="search-form">
        <label htmlFor="search-q" className="visually-hidden">
          检索关键词
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          placeholder="标题、文号、正文或附件名称"
          maxLength={50}
          defaultValue={params.q ?? ''}
        />
        <button className="button" type="submit">
          检索
        </button>
      </p>
      <fieldset className="search-filters" id="search-filters" hidden={!withFilters}>
        <legend>筛选条件</legend>
        <Select
          name="type"
          label="信息类型"
          params={params}
          list={options(typeLabels, facets?.type, params.type, approximate)}
        />
        <Select
          name="department"
          label="发布机构"
          params={params}
          list={options(names.department, facets?.department, params.department, approximate)}
        />
        <Select
          name="topicCategory"
          label="主题分类"
          params={params}
          list={options(names.topicCategory, facets?.topicCategory, params.topicCategory, approximate)}
        />
        <Select
          name="column"
          label="所属栏目"
          params={params}
          list={options(names.column, facets?.column, params.column, approximate)}
        />
        <Select
          name="validity"
          label="有效性"
          params={params}
          list={options(validityLabels, facets?.validity, params.validity, approximate)}
        />
        <Select
          name="year"
          label="发布年份"
          params={params}
          list={options(years, facets?.year, params.year, approximate)}
        />
        <span className="search-field">
          <label htmlFor="search-filter-from">发布日期从</label>
          <input id="search-filter-from" name="from" type="date" defaultValue={params.from ?? ''} />
          <label htmlFor="search-filter-to">至</label>
          <input id="search-filter-to" name="to" type="date" defaultValue={params.to ?? ''} />
        </span>
        <span className="search-field">
          <label htmlFor="search-filter-documentNumber">发文字号</label>
          <input
            id="search-filter-documentNumber"
            name="documentNumber"
            type="text"
            maxLength={50}
            placeholder="如 〔2025〕12号"
            defaultValue={params.documentNumber ?? ''}
          />
        </span>
        <span className="search-field">
          <label htmlFor="search-filter-sort">排序</label>
          <select id="search-filter-sort" name="sort" defaultValue={params.sort ?? ''}>
            <option value="">按相关度</option>
            <option value="date">按发布日期</option>
          </select>
        </span>
        <button className="button" type="submit" id="search-filter-submit">
          筛选
        </button>
        <a href={params.q ? `?q=${encodeURIComponent(params.q)}` : '?'}>清除筛选</a>
      </fieldset>
    </form>
  )
}
