export default function NotFound() {
  return (
    <section aria-labelledby="nf-title">
      <h1 id="nf-title">页面不存在</h1>
      <p>您访问的页面不存在或已被移动。</p>
      <p>
        <a href="/">返回首页</a> · <a href="/search">信息检索</a> · <a href="/sitemap.xml">网站地图</a>
      </p>
    </section>
  )
}
