import DefaultTheme from 'vitepress/theme';
import './custom.css';

/** VitePress's default theme with code blocks and tables that scroll inside the page. */
export default DefaultTheme;
